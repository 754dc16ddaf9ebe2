// Lists every regular expression in the engine and the CLI, and checks that
// docs/regex-audit.md has one row for each (the performance requirement: no
// regex backtracking blow-up; the table says why each pattern runs in linear time).
//
//   node scripts/regex-audit.mjs                              file:line and /pattern/flags, one per line
//   node scripts/regex-audit.mjs --json                       the same as JSON
//   node scripts/regex-audit.mjs --check docs/regex-audit.md  exit 1 and name every pattern without a row,
//                                                            every row whose pattern is gone, every row
//                                                            without a reason
//   node scripts/regex-audit.mjs --write docs/regex-audit.md  rewrite the table: one row per pattern, line numbers
//                                                            updated, reasons kept, `TODO` for new patterns
//
// What counts as a regular expression: regex literals, `new RegExp(…)` and `RegExp(…)`
// (also `globalThis.RegExp`), and `.match`/`.matchAll`/`.search` called with a string
// literal (a string argument is turned into a RegExp). A RegExp built from string
// literals is shown as the literal it equals; one built from expressions is shown as
// its source text, `new RegExp(…)` with whitespace collapsed.
//
// Parser: the TypeScript compiler itself. `typescript` 7 (the Go port) ships no
// in-process JS compiler API — `import ts from 'typescript'` only gives
// {version, versionMajorMinor}, there is no `ts.createSourceFile` — so this uses its
// API client, `typescript/unstable/sync`: it starts the native compiler (`tsc --api`)
// on tsconfig.json and returns each file's syntax tree, which is walked with
// `node.forEachChild`. About half a second. The entry point is marked unstable: if a
// TypeScript update changes it, this script fails loudly (it never passes silently).
//
// The table is compared by pattern text and flags (as a multiset), not by line, so
// code that only moved still passes; `--write` updates the line numbers.

import {readFileSync, readdirSync, statSync, writeFileSync} from 'node:fs'
import {dirname, join, relative, resolve, sep} from 'node:path'
import {fileURLToPath} from 'node:url'
import {API} from 'typescript/unstable/sync'
import {SyntaxKind, getLeadingCommentRanges, getTrailingCommentRanges} from 'typescript/unstable/ast'

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** The audited sources: src/core/**, src/cli/** and src/cli.ts, relative to root, '/'-separated. */
export function auditedFiles(base = root) {
  const out = []
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) walk(path)
      else if (name.endsWith('.ts')) out.push(relative(base, path).split(sep).join('/'))
    }
  }
  walk(join(base, 'src/core'))
  walk(join(base, 'src/cli'))
  out.push('src/cli.ts')
  return out
}

const isRegExpCallee = (node) =>
  (node.kind === SyntaxKind.Identifier && node.text === 'RegExp') ||
  (node.kind === SyntaxKind.PropertyAccessExpression && node.name.text === 'RegExp' &&
    node.expression.kind === SyntaxKind.Identifier && node.expression.text === 'globalThis')

const isStringLiteral = (node) =>
  node.kind === SyntaxKind.StringLiteral || node.kind === SyntaxKind.NoSubstitutionTemplateLiteral

/** The pattern as one line of text: a literal as written, a RegExp of literals as the literal it equals. */
function constructorPattern(node, sourceFile) {
  const args = node.arguments ?? []
  if (args.length >= 1 && args.length <= 2 && args.every(isStringLiteral)) {
    try {
      return String(new RegExp(args[0].text, args[1]?.text ?? ''))
    } catch {
      // an invalid pattern: show it as written
    }
  }
  return textWithoutComments(node, sourceFile).replace(/\s+/g, ' ').replace(/([([]) /g, '$1').replace(/ ([)\]])/g, '$1')
}

/**
 * The source text of a node without the comments inside it (they sit in the
 * trivia before or after its descendants).
 */
function textWithoutComments(node, sourceFile) {
  const text = sourceFile.text
  const start = node.getStart(sourceFile)
  const comments = new Map()
  const collect = (ranges) => {
    for (const range of ranges ?? [])
      if (range.pos >= start && range.end <= node.end) comments.set(range.pos, range.end)
  }
  const visit = (child) => {
    for (const pos of [child.pos, child.end]) {
      collect(getLeadingCommentRanges(text, pos))
      collect(getTrailingCommentRanges(text, pos))
    }
    child.forEachChild(visit)
  }
  node.forEachChild(visit)
  let out = ''
  let at = start
  for (const [pos, end] of [...comments].sort((a, b) => a[0] - b[0])) {
    if (pos < at) continue
    out += text.slice(at, pos) + ' '
    at = end
  }
  return out + text.slice(at, node.end)
}

/**
 * Every regular expression in the audited files, in file and source order:
 * {file, line, pattern, kind: 'literal' | 'constructor' | 'string-argument'}.
 */
export function listPatterns(base = root) {
  const files = auditedFiles(base)
  const api = new API({cwd: base})
  try {
    const snapshot = api.updateSnapshot({openProject: join(base, 'tsconfig.json')})
    const project = snapshot.getProjects()[0]
    if (!project) throw new Error('regex-audit: the TypeScript API opened no project for tsconfig.json')
    const found = []
    for (const file of files) {
      const sourceFile = project.program.getSourceFile(join(base, file))
      if (!sourceFile) throw new Error(`regex-audit: ${file} is not in the TypeScript program of tsconfig.json`)
      const add = (node, pattern, kind) => {
        const line = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1
        found.push({file, line, pattern, kind})
      }
      const visit = (node) => {
        if (node.kind === SyntaxKind.RegularExpressionLiteral) {
          add(node, node.text, 'literal')
        } else if (
          (node.kind === SyntaxKind.NewExpression || node.kind === SyntaxKind.CallExpression) &&
          isRegExpCallee(node.expression)
        ) {
          add(node, constructorPattern(node, sourceFile), 'constructor')
        } else if (
          node.kind === SyntaxKind.CallExpression &&
          node.expression.kind === SyntaxKind.PropertyAccessExpression &&
          ['match', 'matchAll', 'search'].includes(node.expression.name.text) &&
          node.arguments.length >= 1 &&
          isStringLiteral(node.arguments[0])
        ) {
          add(
            node,
            String(new RegExp(node.arguments[0].text, node.expression.name.text === 'matchAll' ? 'g' : '')),
            'string-argument'
          )
        }
        node.forEachChild(visit)
      }
      visit(sourceFile)
    }
    return found
  } finally {
    api.close()
  }
}

// ---- the Markdown table ---------------------------------------------------

/** `|` must be escaped inside a table cell, also inside a code span (GFM). */
const escapeCell = (text) => text.replace(/\|/g, '\\|')
const unescapeCell = (text) => text.replace(/\\\|/g, '|')

/** A code span that holds the text: more backticks than its longest backtick run, padded with spaces. */
export function codeSpan(text) {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  return `${fence} ${text} ${fence}`
}

function fromCodeSpan(cell) {
  const m = /^(`+)(.*)\1$/s.exec(cell)
  if (!m) return cell
  const inner = m[2]
  return inner.length >= 2 && inner.startsWith(' ') && inner.endsWith(' ') ? inner.slice(1, -1) : inner
}

/** Splits a table row at the pipes that are not escaped. */
function cells(line) {
  const parts = []
  let current = ''
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\' && line[i + 1] === '|') {
      current += '\\|'
      i++
    } else if (line[i] === '|') {
      parts.push(current)
      current = ''
    } else current += line[i]
  }
  parts.push(current)
  if (parts[0].trim() === '') parts.shift()
  if (parts.length && parts[parts.length - 1].trim() === '') parts.pop()
  return parts.map((part) => part.trim())
}

const isTableRow = (line) => line.trimStart().startsWith('|')
const isSeparatorRow = (line) => cells(line).every((cell) => /^:?-+:?$/.test(cell))

/** The rows of the audit table: {file, line, pattern, reason, lineNumber (of the row in the Markdown)}. */
export function parseAuditTable(markdown) {
  const rows = []
  const lines = markdown.split('\n')
  let header = true
  for (let i = 0; i < lines.length; i++) {
    if (!isTableRow(lines[i])) {
      header = true
      continue
    }
    if (header) {
      // the header row and the separator under it
      if (i + 1 < lines.length && isSeparatorRow(lines[i + 1])) i++
      header = false
      continue
    }
    const [where = '', pattern = '', reason = ''] = cells(lines[i])
    const at = /^(\S+?):(\d+)$/.exec(fromCodeSpan(where))
    rows.push({
      file: at ? at[1] : fromCodeSpan(where),
      line: at ? Number(at[2]) : 0,
      pattern: unescapeCell(fromCodeSpan(pattern)),
      reason: unescapeCell(reason),
      lineNumber: i + 1,
    })
  }
  return rows
}

export function renderRow({file, line, pattern, reason}) {
  return `| \`${file}:${line}\` | ${escapeCell(codeSpan(pattern))} | ${escapeCell(reason)} |`
}

const missingReason = (reason) => !reason.trim() || /^TODO\b/.test(reason.trim())

/**
 * Pairs patterns in the code with rows of the table, by pattern text and flags.
 * Of several equal patterns, a row is paired with one in the same file first,
 * then at the nearest line. Returns
 * {pairs: [{found, row}], missing: [found without a row], stale: [rows whose pattern is gone],
 *  unexplained: [rows paired but with no reason or a TODO], moved: [pairs whose file:line differs]}.
 */
export function compareAudit(found, rows) {
  const rowsByPattern = new Map()
  for (const row of rows) {
    const list = rowsByPattern.get(row.pattern) ?? []
    list.push(row)
    rowsByPattern.set(row.pattern, list)
  }
  const foundByPattern = new Map()
  for (const item of found) {
    const list = foundByPattern.get(item.pattern) ?? []
    list.push(item)
    foundByPattern.set(item.pattern, list)
  }
  const pairs = []
  const missing = []
  const paired = new Set()
  for (const [pattern, items] of foundByPattern) {
    const candidates = rowsByPattern.get(pattern) ?? []
    // all (item, row) combinations, best first: same file, then line distance
    const options = []
    for (const item of items) {
      for (const row of candidates)
        options.push({item, row, cost: (row.file === item.file ? 0 : 1e9) + Math.abs(row.line - item.line)})
    }
    options.sort((a, b) => a.cost - b.cost)
    const used = new Set()
    for (const {item, row} of options) {
      if (used.has(item) || paired.has(row)) continue
      used.add(item)
      paired.add(row)
      pairs.push({found: item, row})
    }
    for (const item of items) if (!used.has(item)) missing.push(item)
  }
  const stale = rows.filter((row) => !paired.has(row))
  const unexplained = pairs.filter(({row}) => missingReason(row.reason)).map(({row}) => row)
  const moved = pairs.filter(({found: item, row}) => item.file !== row.file || item.line !== row.line)
  const order = (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line)
  missing.sort(order)
  pairs.sort((a, b) => order(a.found, b.found))
  return {pairs, missing, stale, unexplained, moved}
}

/** The table for the patterns found: reasons kept from the paired rows, `TODO` for new patterns. */
export function renderTable(found, rows) {
  const {pairs, missing} = compareAudit(found, rows)
  const reasons = new Map(pairs.map(({found: item, row}) => [item, row.reason]))
  for (const item of missing) reasons.set(item, 'TODO: why it is linear')
  // in source order (the order of `found`)
  const entries = found.map((item) => ({...item, reason: reasons.get(item)}))
  return ['| where | pattern | why it is linear |', '| --- | --- | --- |', ...entries.map(renderRow)].join('\n')
}

/** The count the introduction states, `(N patterns)`, or null. */
const statedCount = (markdown) => {
  const m = /\((\d+) patterns\)/.exec(markdown)
  return m ? Number(m[1]) : null
}

/**
 * Replaces the first table in the Markdown (or appends one) with the table for the
 * patterns found, and the count `(N patterns)` in the text before it.
 */
export function rewriteDocument(markdown, found) {
  const rows = parseAuditTable(markdown)
  const table = renderTable(found, rows)
  const lines = markdown.replace(/\((\d+) patterns\)/, `(${found.length} patterns)`).split('\n')
  const start = lines.findIndex(isTableRow)
  if (start < 0) return `${markdown.replace(/\n*$/, '')}\n\n${table}\n`
  let end = start
  while (end < lines.length && isTableRow(lines[end])) end++
  return [...lines.slice(0, start), table, ...lines.slice(end)].join('\n')
}

/** Messages for a failed check (empty if the table matches the code). */
export function checkMessages(found, rows, tableName = 'the audit table') {
  const {missing, stale, unexplained} = compareAudit(found, rows)
  const messages = []
  for (const item of missing) messages.push(`no row in ${tableName}: ${item.file}:${item.line} ${item.pattern}`)
  for (const row of stale)
    messages.push(
      `pattern no longer in the code: ${tableName}:${row.lineNumber} (${row.file}:${row.line}) ${row.pattern}`
    )
  for (const row of unexplained)
    messages.push(`row without a reason: ${tableName}:${row.lineNumber} (${row.file}:${row.line}) ${row.pattern}`)
  return messages
}

// ---- command line -----------------------------------------------------------

function main(argv) {
  const usage = 'usage: node scripts/regex-audit.mjs [--json] [--check TABLE.md | --write TABLE.md]'
  const option = (name) => {
    const at = argv.indexOf(name)
    if (at < 0) return undefined
    if (!argv[at + 1]) throw new Error(usage)
    return argv[at + 1]
  }
  const check = option('--check')
  const write = option('--write')
  const found = listPatterns()
  if (check) {
    const rows = parseAuditTable(readFileSync(resolve(check), 'utf8'))
    const messages = checkMessages(found, rows, check)
    const {moved} = compareAudit(found, rows)
    if (messages.length) {
      for (const message of messages) console.error(message)
      console.error(
        `regex audit: ${messages.length} problem(s); ` +
          `${found.length} patterns in the code, ${rows.length} rows in ${check}. ` +
          `Run node scripts/regex-audit.mjs --write ${check}, then give each TODO row its reason.`
      )
      return 1
    }
    const notes = []
    if (moved.length) notes.push(`${moved.length} row(s) name an old line`)
    const stated = statedCount(readFileSync(resolve(check), 'utf8'))
    if (stated !== null && stated !== found.length) notes.push(`the text says ${stated} patterns`)
    const noted = notes.length ? ` (${notes.join('; ')}; --write updates this)` : ''
    console.log(`regex audit: all ${found.length} patterns in the code have a row in ${check}${noted}.`)
    return 0
  }
  if (write) {
    const before = readFileSync(resolve(write), 'utf8')
    const after = rewriteDocument(before, found)
    if (after !== before) writeFileSync(resolve(write), after)
    const rows = parseAuditTable(after)
    const todo = rows.filter((row) => missingReason(row.reason)).length
    console.log(`regex audit: wrote ${rows.length} rows to ${write}${todo ? `; ${todo} need a reason (TODO)` : ''}.`)
    return 0
  }
  if (argv.includes('--json')) console.log(JSON.stringify(found, null, 2))
  else for (const {file, line, pattern} of found) console.log(`${file}:${line} ${pattern}`)
  return 0
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main(process.argv.slice(2))
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    process.exitCode = 2
  }
}
