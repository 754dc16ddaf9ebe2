// Fails on any line of code longer than 120 characters: Biome has a formatter width
// but no lint rule for it, and formatting the whole code base is not wanted.
//
//   node scripts/check-line-length.mjs            file:line: length, one per long line; exit 1 if any
//   node scripts/check-line-length.mjs --summary  the count of long lines per file instead
//
// Checks the files Biome lints (src, test, scripts, media and the root scripts). Length
// is counted in code points, so an emoji or an umlaut is one character, as an editor shows it.

import {readFileSync, readdirSync, statSync} from 'node:fs'
import {dirname, join, relative, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'

const maxLength = 120
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const codeFile = /\.(?:ts|js|mjs)$/
/** A line that holds only a string literal (and maybe a comma). */
const l10nMessage = /^\s*'(?:\\.|[^'\\])*',?$/

/** Code files under `dir`, '/'-separated and relative to root, in a stable order. */
function codeFiles(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : codeFiles(path)
      return codeFile.test(name) ? [relative(root, path).split('\\').join('/')] : []
    })
}

const rootFiles = readdirSync(root).filter((name) => codeFile.test(name) && statSync(join(root, name)).isFile())
const files = [...['src', 'test', 'scripts', 'media'].flatMap((dir) => codeFiles(join(root, dir))), ...rootFiles.sort()]

const long = []
for (const file of files) {
  const lines = readFileSync(join(root, file), 'utf8').split(/\r?\n/)
  lines.forEach((line, index) => {
    const length = [...line].length
    // A message of vscode.l10n.t() stays one literal: the translation bundle is keyed by it, and a test reads it.
    if (length > maxLength && !(/l10n\.t\($/.test(lines[index - 1] ?? '') && l10nMessage.test(line))) {
      long.push({file, line: index + 1, length})
    }
  })
}

if (process.argv.includes('--summary')) {
  const perFile = new Map()
  for (const {file} of long) perFile.set(file, (perFile.get(file) ?? 0) + 1)
  for (const [file, count] of [...perFile].sort((a, b) => b[1] - a[1])) console.log(`${count}\t${file}`)
} else {
  for (const {file, line, length} of long) console.log(`${file}:${line}: ${length} characters (max ${maxLength})`)
}
if (long.length > 0) {
  const fileCount = new Set(long.map((entry) => entry.file)).size
  console.error(`${long.length} lines longer than ${maxLength} characters in ${fileCount} files`)
  process.exitCode = 1
}
