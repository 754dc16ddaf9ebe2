// `npm run bench [-- --json] [-- --quick] [-- --save report.json]`: measures the engine against its floor
// (the bare retext-latin parse) and its peer (alex, a retext-based prose linter)
// on the same texts, the edit session the extension lives in, peak heap, bundle
// sizes and activation time. A script, not a test: it prints numbers and checks
// them against the targets in docs/benchmark.md, it never fails a build.
//
// Texts are built at run time from ../shared/corpus/dev (never copied into the
// repo): the reference article, and ~100 KB and ~1 MB documents made of all dev
// articles over and over, each copy with shifted numbers and with the copy number
// written into the spacing of every paragraph, so no paragraph repeats and the
// per-paragraph cache cannot help within one analysis.
import {execFileSync, spawnSync} from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import {cpus, loadavg, tmpdir} from 'node:os'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {text as alexText} from 'alex'
import retextLatin from 'retext-latin'
import {unified} from 'unified'
import {analyse, createAnalyser} from '../src/core/index.js'
import {must} from '../src/core/must.js'
import {splitParagraphs} from '../src/core/text/segment.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const corpusDir = process.env.SOURCED_CORPUS ?? resolve(root, '../shared/corpus/dev')
const referenceName = 'de-nordkorea-soldaten.txt'

const targets = {
  /** Full analysis at most this many times the bare parse. */
  floorRatio: 2,
  /** Full analysis at most this share of alex's time. */
  alexRatio: 0.1,
  /** Re-analysis after a one-paragraph edit of the 1 MB document, median, ms. */
  editMs: 30,
  /** dist/extension.js, production build, bytes. */
  bundleBytes: 500 * 1024,
  /** require + activate() with a fake vscode module, median, ms. */
  activationMs: 50
}

type Tool = 'floor' | 'floorParagraphs' | 'full' | 'alex'
type TextId = 'reference' | 'doc100k' | 'doc1m'

interface Stats {
  runs: number
  median: number
  min: number
  max: number
  /** Half the distance between the 25th and 75th percentile, as a share of the median. */
  spread: number
}

interface TextResult {
  id: TextId
  label: string
  chars: number
  bytes: number
  paragraphs: number
  /** retext-latin parse of the whole text at once. */
  floor: Stats
  /** retext-latin parse of each paragraph on its own, as the engine parses. */
  floorParagraphs: Stats
  full: Stats
  alex: Stats
  /** Against the faster of the two parses, the stricter floor. */
  fullToFloor: number
  fullToAlex: number
  peakHeapMB: Record<Tool, number | null>
}

interface EditResult {
  id: EditVariant['id']
  label: string
  paragraphs: number
  edits: number
  firstMs: number
  stats: Stats
  p95: number
}

interface Report {
  node: string
  cpus: number
  cpuModel: string
  loadBefore: number[]
  loadAfter: number[]
  quick: boolean
  texts: TextResult[]
  /** The first variant is the target; the others are reported beside it. */
  edits: EditResult[]
  bundle: {extensionBytes: number; cliBytes: number}
  /** require() + activate(), and require() alone. */
  activation: {stats: Stats; require: Stats; note: string}
  targets: typeof targets
  verdicts: Array<{target: string; value: string; limit: string; met: boolean}>
}

// ---------------------------------------------------------------------------
// Texts

/** The dev articles, sorted by name, reference first. */
function readArticles(): string[] {
  const names = readdirSync(corpusDir)
    .filter((name) => name.endsWith('.txt'))
    .sort((a, b) => (a === referenceName ? -1 : b === referenceName ? 1 : a.localeCompare(b)))
  return names.map((name) => readFileSync(join(corpusDir, name), 'utf8').replace(/^\ufeff/, ''))
}

/** Copy `copy` of an article: every number shifted by the copy number (same width), the copy number in the spacing. */
function variant(article: string, copy: number): string {
  const shifted = article.replace(/\d+/g, (digits) =>
    String((Number(digits) + copy) % 10 ** digits.length).padStart(digits.length, '0')
  )
  return shifted
    .split(/(\n[ \t]*\n)/)
    .map((part, index) => (index % 2 === 1 ? part : encodeInSpacing(part, copy)))
    .join('')
}

/** Doubles the k-th single space of `paragraph` when bit k of `copy` is set. */
function encodeInSpacing(paragraph: string, copy: number): string {
  let bit = 0
  return paragraph.replace(/(?<! ) (?! )/g, (space) => {
    const doubled = bit < 16 && (copy >> bit) & 1 ? '  ' : space
    bit++
    return doubled
  })
}

/** All articles over and over, until `size` UTF-16 code units. */
function buildDocument(articles: readonly string[], size: number): string {
  const parts: string[] = []
  let length = 0
  for (let copy = 0; length < size; copy++) {
    for (const article of articles) {
      const part = variant(article, copy).trim() + '\n\n'
      parts.push(part)
      length += part.length
      if (length >= size) break
    }
  }
  return parts.join('')
}

function buildTexts(): Record<TextId, {label: string; text: string}> {
  const articles = readArticles()
  const reference = must(articles[0], `the corpus (${corpusDir}) holds articles`)
  return {
    reference: {label: `reference (${referenceName})`, text: reference},
    doc100k: {label: '~100 KB document', text: buildDocument(articles, 100_000)},
    doc1m: {label: '~1 MB document', text: buildDocument(articles, 1_000_000)}
  }
}

// ---------------------------------------------------------------------------
// Timing

const collect = (globalThis as {gc?: () => void}).gc ?? (() => {})

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b)
  const sample = (index: number) => must(sorted[index], 'a timing has at least one run')
  const at = (q: number) => {
    const position = (sorted.length - 1) * q
    const low = sample(Math.floor(position))
    const high = sample(Math.ceil(position))
    return low + (high - low) * (position - Math.floor(position))
  }
  const median = at(0.5)
  const spread = median > 0 ? (at(0.75) - at(0.25)) / 2 / median : 0
  return {runs: sorted.length, median, min: sample(0), max: sample(sorted.length - 1), spread}
}

/** Wall-clock ms of one run, after a forced GC unless `forceGc` is false. */
function timeOnce(run: () => unknown, forceGc = true): number {
  if (forceGc) collect()
  const start = performance.now()
  run()
  return performance.now() - start
}

const parser = unified().use(retextLatin)
const paragraphsOf = new Map<string, string[]>()
const tools: Record<Tool, (text: string) => unknown> = {
  floor: (text) => parser.parse(text),
  floorParagraphs: (text) => {
    let pieces = paragraphsOf.get(text)
    if (!pieces)
      paragraphsOf.set(text, (pieces = splitParagraphs(text).map((span) => text.slice(span.start, span.end))))
    for (const piece of pieces) parser.parse(piece)
  },
  full: (text) => analyse(text),
  alex: (text) => alexText(text)
}

/** Rounds of the parses, the full analysis and alex in turn, so load on the machine hits all alike. */
function measureText(text: string, rounds: number, alexRounds: number): Record<Tool, Stats> {
  for (const tool of Object.values(tools)) tool(text) // warm up the JIT and the lexicons
  const samples: Record<Tool, number[]> = {floor: [], floorParagraphs: [], full: [], alex: []}
  for (let round = 0; round < rounds; round++) {
    samples.floor.push(timeOnce(() => tools.floor(text)))
    samples.floorParagraphs.push(timeOnce(() => tools.floorParagraphs(text)))
    samples.full.push(timeOnce(() => tools.full(text)))
    if (round < alexRounds) samples.alex.push(timeOnce(() => tools.alex(text)))
  }
  return {
    floor: stats(samples.floor),
    floorParagraphs: stats(samples.floorParagraphs),
    full: stats(samples.full),
    alex: stats(samples.alex)
  }
}

/** What each edit of a session types, and whether a full GC is forced before each timed re-analysis. */
interface EditVariant {
  id: 'figure' | 'source' | 'figureAfterGc'
  label: string
  insert: (edit: number) => string
  forceGc: boolean
}

const editVariants: EditVariant[] = [
  // The target: a writer types a figure, as in the extension, where nothing forces a GC between keystrokes.
  {
    id: 'figure',
    label: 'a figure typed',
    insert: (edit) => ` Bearbeitung ${edit}: ${edit * 7} Prozent.`,
    forceGc: false
  },
  // A new speaker changes the source phrases: the source merging runs again over the whole document.
  {
    id: 'source',
    label: 'a new speaker typed',
    insert: (edit) => ` Das sagte Sprecherin Anna Probe${String.fromCharCode(65 + (edit % 26))}${edit}.`,
    forceGc: false
  },
  // As the other runs are timed: a forced full GC first. V8 then shrinks the young generation,
  // so an analysis that allocates pays for growing it again.
  {
    id: 'figureAfterGc',
    label: 'a figure typed, forced GC before each',
    insert: (edit) => ` Bearbeitung ${edit}: ${edit * 7} Prozent.`,
    forceGc: true
  }
]

/** The extension's path: one analyser for the document, one paragraph changed per keystroke burst. */
function measureEditSession(text: string, edits: number, variant: EditVariant): EditResult {
  const analyser = createAnalyser()
  const firstMs = timeOnce(() => analyser.analyse(text))
  // Paragraph spans as the engine sees them: between blank lines.
  const starts: number[] = []
  const pattern = /\n\n/g
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) starts.push(match.index + 2)
  let current = text
  const samples: number[] = []
  for (let edit = 0; edit < edits; edit++) {
    // A different paragraph each time, spread over the document.
    const at = starts[Math.floor(((edit + 0.5) * starts.length) / edits)]
    const lineEnd = current.indexOf('\n', at)
    const insertAt = lineEnd < 0 ? current.length : lineEnd
    current = current.slice(0, insertAt) + variant.insert(edit + 1) + current.slice(insertAt)
    samples.push(timeOnce(() => analyser.analyse(current), variant.forceGc))
  }
  return {
    id: variant.id,
    label: variant.label,
    paragraphs: starts.length + 1,
    edits,
    firstMs,
    stats: stats(samples),
    p95: percentile(samples, 0.95)
  }
}

function percentile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return must(sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)], 'a percentile of some samples')
}

// ---------------------------------------------------------------------------
// Peak heap: one fresh process per tool and text, run with --trace-gc. The heap
// only grows between collections, so its peak is the largest size a collection
// started from, or the size at the end.

function childHeap(tool: Tool, id: TextId): number | null {
  const result = spawnSync(
    process.execPath,
    ['--trace-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--child-heap', tool, id],
    {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
      env: {...process.env, SOURCED_CORPUS: corpusDir}
    }
  )
  if (result.status !== 0) {
    process.stderr.write(`bench: heap child ${tool} ${id} failed: ${result.stderr.split('\n')[0]}\n`)
    return null
  }
  const begin = result.stdout.indexOf('BENCH-BEGIN')
  const end = result.stdout.indexOf('BENCH-END')
  if (begin < 0 || end < 0) return null
  const lines = result.stdout.slice(begin, end)
  let peak = 0
  // A --trace-gc line: `…: Scavenge 12.3 (14.0) -> 11.9 (15.0) MB, …`; the heap in use before and after.
  const gcKinds = 'Scavenge|Mark-Compact|Mark-Sweep|Minor Mark-Sweep|Mark-sweep'
  const gcLine = new RegExp(String.raw`: (?:${gcKinds})[^\n]*? ([\d.]+) \([\d.]+\) -> ([\d.]+) \([\d.]+\) MB`, 'g')
  for (const match of lines.matchAll(gcLine)) {
    peak = Math.max(peak, Number(match[1]), Number(match[2]))
  }
  const last = /BENCH-END heap=([\d.]+)/.exec(result.stdout)
  if (last) peak = Math.max(peak, Number(last[1]))
  return peak
}

function runHeapChild(tool: Tool, id: TextId): void {
  const text = buildTexts()[id].text
  const run = tools[tool]
  run(text.slice(0, 2000)) // load lexicons and modules before the measured run
  collect()
  process.stdout.write('BENCH-BEGIN\n')
  run(text)
  process.stdout.write(`BENCH-END heap=${(process.memoryUsage().heapUsed / 1048576).toFixed(1)}\n`)
}

// ---------------------------------------------------------------------------
// Bundle size and activation: built with `node esbuild.js --production` into a
// scratch folder, so the dist/ other people are using stays as it is.

function productionBuild(): string {
  const scratch = mkdtempSync(join(tmpdir(), 'sourced-bench-'))
  for (const entry of ['src', 'node_modules', 'package.json', 'tsconfig.json'])
    symlinkSync(join(root, entry), join(scratch, entry))
  copyFileSync(join(root, 'esbuild.js'), join(scratch, 'esbuild.js'))
  execFileSync(process.execPath, ['esbuild.js', '--production'], {cwd: scratch, stdio: ['ignore', 'ignore', 'inherit']})
  return scratch
}

function measureActivation(bundle: string, runs: number): {stats: Stats; require: Stats} {
  const samples: number[] = []
  const requires: number[] = []
  const types = join(root, 'node_modules/@types/vscode/index.d.ts')
  for (let run = 0; run < runs; run++) {
    // Plain node, no tsx: the bundle is loaded as the extension host would load it.
    const output = execFileSync(process.execPath, ['-e', activationChild, join(bundle, 'dist/extension.js'), types], {
      cwd: bundle,
      encoding: 'utf8'
    })
    const measured = /ACTIVATE ([\d.]+) REQUIRE ([\d.]+)/.exec(output)
    if (!measured) throw new Error(`activation child printed no time: ${output}`)
    samples.push(Number(measured[1]))
    requires.push(Number(measured[2]))
  }
  return {stats: stats(samples), require: stats(requires)}
}

/**
 * Run by `node -e` with the bundle and @types/vscode as arguments: installs a
 * stand-in `vscode` module (every top-level name @types/vscode exports; each namespace,
 * class and function answers with another stand-in; the lists the extension
 * walks at start-up are empty), then times require() + activate().
 */
const activationChild = String.raw`
const Module = require('node:module')
const {readFileSync} = require('node:fs')
const [bundle, types] = process.argv.slice(1)
const special = {
  textDocuments: [],
  visibleTextEditors: [],
  activeTextEditor: undefined,
  workspaceFolders: undefined,
  then: undefined
}
const make = () => {
  const target = function () {}
  const children = new Map()
  return new Proxy(target, {
    get(t, key) {
      if (key === Symbol.iterator) return function* () {}
      if (key === Symbol.toPrimitive) return () => ''
      if (key === 'prototype') return t.prototype
      if (typeof key === 'string' && key in special && !children.has(key)) return special[key]
      if (!children.has(key)) children.set(key, make())
      return children.get(key)
    },
    set(t, key, value) {
      children.set(key, value)
      return true
    },
    apply: () => make(),
    construct: () => make()
  })
}
const vscode = {}
// The module's own names (one tab in), as the real API object has them; not the members of its namespaces.
const exported = /^\texport (?:namespace|class|enum|const|let|function) (\w+)/gm
for (const match of readFileSync(types, 'utf8').matchAll(exported)) vscode[match[1]] = make()
const load = Module._load
Module._load = function (request, parent, isMain) {
  return request === 'vscode' ? vscode : load.call(this, request, parent, isMain)
}
const memento = {get: (key, fallback) => fallback, update: async () => {}, keys: () => []}
const context = {
  subscriptions: [],
  workspaceState: memento,
  globalState: memento,
  extensionUri: make(),
  extensionPath: process.cwd(),
  asAbsolutePath: (p) => p
}
const start = performance.now()
const extension = require(bundle)
const loaded = performance.now()
extension.activate(context)
const end = performance.now()
process.stdout.write('ACTIVATE ' + (end - start).toFixed(3) + ' REQUIRE ' + (loaded - start).toFixed(3) + '\n')
`

// ---------------------------------------------------------------------------
// Report

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2))
const timing = (s: Stats) =>
  `${ms(s.median)} ms ±${(s.spread * 100).toFixed(0)}% (${ms(s.min)}–${ms(s.max)}, n=${s.runs})`
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

function verdicts(report: Omit<Report, 'verdicts'>): Report['verdicts'] {
  const list: Report['verdicts'] = []
  for (const text of report.texts) {
    list.push({
      target: `full ≤ ${targets.floorRatio} × floor (${text.id})`,
      value: `${text.fullToFloor.toFixed(2)} ×`,
      limit: `${targets.floorRatio} ×`,
      met: text.fullToFloor <= targets.floorRatio
    })
    list.push({
      target: `full ≤ ${targets.alexRatio} × alex (${text.id})`,
      value: `${text.fullToAlex.toFixed(3)} ×`,
      limit: `${targets.alexRatio} ×`,
      met: text.fullToAlex <= targets.alexRatio
    })
  }
  const typing = must(report.edits[0], 'the bench times edits')
  list.push({
    target: `one-paragraph edit, 1 MB (median; ${typing.label})`,
    value: `${ms(typing.stats.median)} ms`,
    limit: `${targets.editMs} ms`,
    met: typing.stats.median <= targets.editMs
  })
  list.push({
    target: 'extension bundle',
    value: kb(report.bundle.extensionBytes),
    limit: kb(targets.bundleBytes),
    met: report.bundle.extensionBytes <= targets.bundleBytes
  })
  list.push({
    target: 'activation (median)',
    value: `${ms(report.activation.stats.median)} ms`,
    limit: `${targets.activationMs} ms`,
    met: report.activation.stats.median <= targets.activationMs
  })
  return list
}

function markdown(report: Report): string {
  const lines: string[] = []
  const load = (averages: number[]) => averages.map((l) => l.toFixed(2)).join(' ')
  lines.push(
    `Node ${report.node}, ${report.cpus} × ${report.cpuModel}; ` +
      `load average ${load(report.loadBefore)} before, ${load(report.loadAfter)} after` +
      `${report.quick ? '; --quick' : ''}.`
  )
  lines.push(
    'Times: median ±half the interquartile range (min–max, n runs), wall clock, a forced GC before each run ' +
      '(except where an edit session says otherwise); ' +
      'ratios are of medians, full ÷ floor against the faster of the two parses. Peak heap: ' +
      'V8 heap in use at its highest during one run in a fresh process (from --trace-gc).'
  )
  lines.push('')
  lines.push(
    '| text | size | floor: retext-latin parse, whole text | floor: ' +
      'parse per paragraph | full analysis | alex `text()` | full ÷ floor | full ÷ alex | peak heap parse / full / ' +
      'alex |'
  )
  lines.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- |')
  for (const t of report.texts) {
    const heapOf = (tool: Tool) => t.peakHeapMB[tool]?.toFixed(0) ?? '–'
    const heap = (['floor', 'full', 'alex'] as Tool[]).map(heapOf).join(' / ') + ' MB'
    lines.push(
      `| ${t.label} | ${kb(t.bytes)}, ${t.paragraphs} ¶ | ${timing(t.floor)} | ${timing(t.floorParagraphs)} ` +
        `| ${timing(t.full)} | ${timing(t.alex)} | ${t.fullToFloor.toFixed(2)} × | ${t.fullToAlex.toFixed(3)} × ` +
        `| ${heap} |`
    )
  }
  for (const e of report.edits) {
    lines.push(
      `| edit session, 1 MB (${e.edits} one-paragraph edits, one analyser): ${e.label} | ${e.paragraphs} ¶ | | ` +
        `| first analysis ${ms(e.firstMs)} ms; each edit ${timing(e.stats)}, p95 ${ms(e.p95)} ms | | | | |`
    )
  }
  lines.push('')
  lines.push(
    `Bundles (\`node esbuild.js --production\`): ` +
      `dist/extension.js ${kb(report.bundle.extensionBytes)} (${report.bundle.extensionBytes} bytes), ` +
      `dist/cli.js ${kb(report.bundle.cliBytes)} (${report.bundle.cliBytes} bytes).`
  )
  lines.push(
    `Activation (require + activate()): ${timing(report.activation.stats)}, ` +
      `of which require() ${timing(report.activation.require)}. ${report.activation.note}`
  )
  lines.push('')
  lines.push('| target | measured | limit | met |')
  lines.push('| --- | --- | --- | --- |')
  for (const v of report.verdicts) lines.push(`| ${v.target} | ${v.value} | ${v.limit} | ${v.met ? 'yes' : '**no**'} |`)
  return lines.join('\n')
}

async function main(argv: string[]): Promise<void> {
  if (argv[0] === '--child-heap') return runHeapChild(argv[1] as Tool, argv[2] as TextId)
  const json = argv.includes('--json')
  const quick = argv.includes('--quick')
  if (!existsSync(corpusDir)) throw new Error(`no corpus at ${corpusDir} (set SOURCED_CORPUS)`)
  const progress = (message: string) => process.stderr.write(`bench: ${message}\n`)
  const loadBefore = loadavg()
  const texts = buildTexts()
  const plan: Array<[TextId, number, number]> = quick
    ? [['reference', 10, 10], ['doc100k', 3, 3], ['doc1m', 2, 1]]
    : [['reference', 30, 30], ['doc100k', 10, 10], ['doc1m', 5, 3]]
  const results: TextResult[] = []
  for (const [id, rounds, alexRounds] of plan) {
    const {label, text} = texts[id]
    progress(`${label}: ${rounds} rounds (alex ${alexRounds})`)
    const measured = measureText(text, rounds, alexRounds)
    const peakHeapMB = {floor: null, floorParagraphs: null, full: null, alex: null} as Record<Tool, number | null>
    if (!quick) for (const tool of ['floor', 'full', 'alex'] as Tool[]) peakHeapMB[tool] = childHeap(tool, id)
    results.push({
      id,
      label,
      chars: text.length,
      bytes: Buffer.byteLength(text),
      paragraphs: splitParagraphs(text).length,
      ...measured,
      fullToFloor: measured.full.median / Math.min(measured.floor.median, measured.floorParagraphs.median),
      fullToAlex: measured.full.median / measured.alex.median,
      peakHeapMB
    })
  }
  const edits = editVariants.map((variant) => {
    progress(`edit session on the 1 MB document: ${variant.label}`)
    return measureEditSession(texts.doc1m.text, 50, variant)
  })
  progress('production build and activation')
  const scratch = productionBuild()
  let bundle: Report['bundle']
  let activation: Report['activation']
  try {
    bundle = {
      extensionBytes: statSync(join(scratch, 'dist/extension.js')).size,
      cliBytes: statSync(join(scratch, 'dist/cli.js')).size
    }
    activation = {
      ...measureActivation(scratch, quick ? 5 : 15),
      note:
        'Measured outside VS Code: a fresh Node process requires the production dist/extension.js and calls ' +
        'activate() with a stand-in vscode module and no open documents; ' +
        'the extension host’s own start-up is not included.'
    }
  } finally {
    rmSync(scratch, {recursive: true, force: true})
  }
  const partial = {
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    loadBefore,
    loadAfter: loadavg(),
    quick,
    texts: results,
    edits,
    bundle,
    activation,
    targets
  }
  const report: Report = {...partial, verdicts: verdicts(partial)}
  process.stdout.write(json ? JSON.stringify(report, null, 2) + '\n' : markdown(report) + '\n')
  // `--save FILE`: the JSON report too, so one run gives both.
  const save = argv.indexOf('--save')
  const savePath = save >= 0 ? argv[save + 1] : undefined
  if (savePath) writeFileSync(savePath, JSON.stringify(report, null, 2) + '\n')
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exitCode = 1
})
