// Time grows linearly with the document: for each adversarial shape, analysing
// 4n characters must take roughly 4 times as long as n, never 16 (quadratic) or
// more. The assertion is a ratio, with room for noise, never an absolute time.
// Texts vary all along (a seeded generator), so the per-paragraph cache cannot
// hide repeated work. SOURCED_LINEAR_VERBOSE=1 prints each measurement.
import assert from 'node:assert/strict'
import {analyse} from '../../src/core/index.js'
import {maskMarkdownNonProse} from '../../src/core/markdown.js'

/** t(4n) / t(n) above this fails: linear is 4, quadratic 16. */
const limit = 9

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

/** `n` code units of pieces chosen at random (seeded). */
function build(n: number, pieces: readonly string[], seed = 1): string {
  const next = random(seed)
  let text = ''
  while (text.length < n) text += pieces[Math.floor(next() * pieces.length)]
  return text.slice(0, n)
}

const words = [
  'Soldaten', 'Regierung', 'sagte', 'Minister', 'Kim', 'Rutte', 'laut', 'Angaben', 'the', 'officials', 'said', 'about',
  'according', 'to', 'rund', 'mehr', 'als', 'Prozent', 'Euro', 'Millionen'
]
const numbers = ['12', '3,5', '12.000', '1.500', '10 bis 12', '24/7', '2024', '8 Millionen', '40', '$2bn']

const shapes: Array<[string, (n: number) => string]> = [
  [
    'one line of prose, no paragraph breaks',
    (n) => build(n, [...words.map((w) => w + ' '), ...numbers.map((x) => x + ' '), '. ', ', '])
  ],
  ['only punctuation', (n) => build(n, ['.', ',', ';', ':', '!', '?', '–', '(', ')', '…', ' '])],
  ['sentence ends without words', (n) => build(n, ['. ', '! ', '? ', '… ', '.. '])],
  ['lower-case sentences that retext merges', (n) => build(n, ['a. ', 'b. ', 'c! ', 'd? ', 'und. '])],
  ['unbalanced quotation marks', (n) => build(n, ['„', '“', '”', '"', '»', '«', '‘', '’', '‚', ' '])],
  [
    'quotes with speakers in one paragraph',
    (n) =>
      build(n, ['„Wir haben ', '12 Soldaten', '“, sagte ', 'Kim', '. ', '"We lost ', '40', ',” said ', 'Rutte', '. '])
  ],
  [
    'reporting verbs and names, no quotes',
    (n) =>
      build(n, [
        'Kim sagte, ', 'Rutte sagte, ', 'Budanow erklärte: ', 'laut Polizei ', 'officials said ', '12 ', 'Soldaten. '
      ])
  ],
  [
    'abbreviations at sentence ends',
    (n) => build(n, ['Dr. ', 'Mio. ', 'Mrd. ', 'U.S. ', 'z. B. ', 'Müller ', 'sagte ', '5 ', 'Euro. '])
  ],
  ['one long number', (n) => build(n, ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'])],
  ['thousands separators without end', (n) => build(n, ['123.', '456.', '789,', '000 '])],
  ['hyphen chains', (n) => build(n, ['a-', 'b-', '1-', '-', 'Euro-', ' '])],
  ['hyphen runs without spaces', (n) => build(n, ['a-', '--', '-', 'b', '1-', '.'])],
  ['lone carriage returns', (n) => build(n, ['Der Etat wächst um ', '3', ' Prozent.', '\r', '\r\r', ' sagte er.'])],
  ['many short paragraphs', (n) => build(n, ['Er sagte ', '12', '.', '\n\n', '\r\n\r\n', ' Kim', '.\n \n'])],
  ['emoji and surrogate pairs', (n) => build(n, ['😀', '👍🏽', '12', ' ', '🇩🇪', '\ud800', 'Euro'])],
  ['whitespace runs', (n) => build(n, [' ', '  ', '\t', '\u00a0', '\u202f', 'a', '12'])],
  ['ignore markers on one line', (n) => build(n, ['12 ', '[sourced-ignore] ', 'Euro ', '<!-- sourced-ignore --> '])],
  ['brackets', (n) => build(n, ['(', ')', '(NIS)', '[', ']', ' ', 'Kim '])],
  [
    'control characters and direction marks',
    (n) => build(n, ['\u0000', '\u0007', '\u200f', '\u202e', '12', ' ', 'Euro', '\u200b'])
  ]
]

/** Markdown masking (the editor's path for .md files) on its own adversarial shapes. */
const markdownShapes: Array<[string, (n: number) => string]> = [
  ['unclosed brackets', (n) => build(n, ['[', '[', '(', '!', 'a', ' '])],
  ['links and images without targets', (n) => build(n, ['[a]', '![b]', '[c](', '(', ' ', 'x'])],
  ['unclosed HTML comments', (n) => build(n, ['<!--', ' a ', '<b', '-->', '<!-- x'], 7).replace(/-->/g, '--')],
  ['tags, autolinks and bare URLs', (n) => build(n, ['<a ', '<x:', '<me@', 'www.', 'http://', 'a.b', ' '])],
  ['backtick runs', (n) => build(n, ['`', '``', '```', 'a', '\n', '\n\n'])]
]

/** The least CPU time of a few runs, in ms: CPU time is less disturbed by other work on the machine. */
function cpuTime(text: string, runs = 3, work: (text: string) => unknown = analyse): number {
  let best = Infinity
  for (let run = 0; run < runs; run++) {
    const before = process.cpuUsage()
    work(text)
    const used = process.cpuUsage(before)
    best = Math.min(best, (used.user + used.system) / 1000)
  }
  return best
}

/** Below this many ms a measurement is mostly fixed cost and noise (timers, GC, JIT): its ratio means little. */
const measurable = 20

/**
 * t(n) and t(4n) for a shape, with `n` doubled (up to 16 times the given size) until t(n) is measurable: a
 * shape read in 2 ms gives a ratio of noise, not of growth, and a quadratic one shows at the larger size too.
 */
function timesOf(make: (n: number) => string, n: number, work?: (text: string) => unknown): [number, number, number] {
  let size = n
  let small = make(size)
  cpuTime(small, 1, work) // warm up the JIT on this shape
  let a = cpuTime(small, 3, work)
  while (a < measurable && size < 16 * n) {
    size *= 2
    small = make(size)
    a = cpuTime(small, 3, work)
  }
  return [size, a, cpuTime(make(4 * size), 3, work)]
}

describe('linear time on adversarial documents', function () {
  this.timeout(300_000)
  const n = Number(process.env.SOURCED_LINEAR_N ?? 25_000)

  for (const [name, make] of shapes) {
    it(`${name}: t(4n) / t(n) ≤ ${limit} (n = ${n})`, () => {
      const [size, a, b] = timesOf(make, n)
      const ratio = b / Math.max(a, 1)
      if (process.env.SOURCED_LINEAR_VERBOSE)
        console.log(`      ${size}: ${a.toFixed(1)} ms → ${b.toFixed(1)} ms: ${ratio.toFixed(1)}`)
      assert.ok(
        ratio <= limit,
        `${name}: ${a.toFixed(1)} ms for ${size} characters, ${b.toFixed(1)} ms for ${4 * size}: ` +
          `ratio ${ratio.toFixed(1)}`
      )
    })
  }
})

describe('linear time of Markdown masking on adversarial documents', function () {
  this.timeout(300_000)
  const n = Number(process.env.SOURCED_LINEAR_N ?? 25_000) * 4

  for (const [name, make] of markdownShapes) {
    it(`${name}: t(4n) / t(n) ≤ ${limit} (n = ${n})`, () => {
      const [size, a, b] = timesOf(make, n, maskMarkdownNonProse)
      const ratio = b / Math.max(a, 1)
      if (process.env.SOURCED_LINEAR_VERBOSE)
        console.log(`      ${size}: ${a.toFixed(1)} ms → ${b.toFixed(1)} ms: ${ratio.toFixed(1)}`)
      assert.ok(
        ratio <= limit,
        `${name}: ${a.toFixed(1)} ms for ${size} characters, ${b.toFixed(1)} ms for ${4 * size}: ` +
          `ratio ${ratio.toFixed(1)}`
      )
    })
  }
})
