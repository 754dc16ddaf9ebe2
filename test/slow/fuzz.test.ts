// Property tests over the engine with fast-check: on random and adversarial
// documents analysis never throws, every span lies inside the text on UTF-16
// boundaries that do not split a surrogate pair, and results are deterministic
// (and the same from a warm, incremental analyser as from a fresh one).
//
// SOURCED_FUZZ_RUNS sets the number of generated documents per property
// (default 300; `npm run test:fuzz` runs 10,000). SOURCED_FUZZ_SEED replays a run.
import assert from 'node:assert/strict'
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {join, resolve} from 'node:path'
import fc from 'fast-check'
import {analyse, createAnalyser, type Analysis, type Span} from '../../src/core/index.js'
import {blankIgnoreMarkers} from '../../src/core/markers.js'
import {must} from '../../src/core/must.js'

const runs = Math.max(1, Number(process.env.SOURCED_FUZZ_RUNS ?? 300) || 300)
/** For the slower properties, which analyse each document twice or edit it many times. */
const quarterRuns = Math.ceil(runs / 4)
const seed = process.env.SOURCED_FUZZ_SEED === undefined ? undefined : Number(process.env.SOURCED_FUZZ_SEED)

// Real prose makes the recognisers work (figures, quotes, speakers); read at run time, never copied.
const corpusDir = resolve(__dirname, '../../../shared/corpus/dev')
const corpus: string[] = existsSync(corpusDir)
  ? readdirSync(corpusDir)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => readFileSync(join(corpusDir, name), 'utf8'))
  : []
const corpusSentences = corpus
  .flatMap((article) => article.split(/(?<=[.!?“”"])\s+/u))
  .filter((sentence) => sentence.length > 0)
const fallbackSentences = [
  'Laut Polizei wurden 12.000 Menschen evakuiert.',
  '„Wir haben 3,5 Prozent mehr verkauft“, sagte Firmenchef Max Müller am Montag.',
  'Officials said about 40 workers were hurt, according to the ministry.',
  'Experts estimate that two-thirds of voters, roughly 8 million people, stayed home.'
]
const sentences = corpusSentences.length > 0 ? corpusSentences : fallbackSentences

// ---------------------------------------------------------------------------
// Pieces of documents

const quoteMarks = ['„', '“', '”', '"', '»', '«', '‘', '’', '‚', "'", '‹', '›']
const controls = [
  '\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085', '\u2028', '\u2029'
]
const marks = [
  '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069',
  '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'
]
const breaks = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\r\r', '\n \n', '\n\t\n', '\u00a0\n\n']
const scripts = [
  'Привет, мир: 5 000 рублей.',
  'مرحبا بالعالم ١٢٣ دولار',
  'שלום עולם 42',
  '你好，世界。三千人。',
  'नमस्ते दुनिया १२३',
  'Γειά σου Κόσμε 7,5 %',
  'Ｆｕｌｌｗｉｄｔｈ　１２３',
  'Zoë naïve café façade Straße ÄÖÜ',
  'e\u0301 a\u0308 combining n\u0303'
]
const emoji = ['😀', '👍🏽', '👩‍👩‍👧', '🇩🇪', '1️⃣', '🏳️‍🌈', '\ud83d', '\ude00', '\udc00\ud800', '𝟙𝟚𝟛', '𐍈']
const punctuation = [
  '.', ',', ';', ':', '!', '?', '…', '–', '—', '-', '(', ')', '[', ']', '/', '%', '€', '$', '§', '*', '&', '#', '·'
]

const pick = (list: readonly string[]) => fc.constantFrom(...list)
const digits = (max: number) => fc.integer({min: 1, max}).map((length) => '9'.repeat(length))
const number = fc.oneof(
  fc.integer({min: 0, max: 10_000_000}).map(String),
  fc
    .tuple(fc.integer({min: 1, max: 999}), fc.integer({min: 0, max: 999}))
    .map(([a, b]) => `${a}.${String(b).padStart(3, '0')}`),
  fc.tuple(fc.integer({min: 1, max: 99}), fc.integer({min: 0, max: 9})).map(([a, b]) => `${a},${b}`),
  fc
    .tuple(fc.integer({min: 1, max: 31}), fc.integer({min: 1, max: 12}), fc.integer({min: 1900, max: 2100}))
    .map(([d, m, y]) => `${d}.${m}.${y}`),
  fc.constantFrom(
    '3,5 Prozent', '12.000 Soldaten', '$2bn', 'Tausende', 'two-thirds of', '10 bis 12', '24/7', '1:0', '12:30',
    '2024-02-29'
  ),
  digits(200)
)
const sentence = fc
  .integer({min: 0, max: sentences.length - 1})
  .map((index) => must(sentences[index], 'the index is drawn within the list'))
const mangledSentence = fc.tuple(sentence, fc.integer({min: 0, max: 3}), fc.nat()).map(([text, how, at]) => {
  const cut = text.length === 0 ? 0 : at % text.length
  if (how === 0) return text.slice(cut)
  if (how === 1) return text.toUpperCase()
  if (how === 2) return text.replace(/\s/g, '  ')
  return text.slice(0, cut) + text.slice(cut).replace(/[„“”"»«]/gu, '')
})
const quoteRun = fc.array(pick(quoteMarks), {minLength: 1, maxLength: 12}).map((list) => list.join(''))
const nestedQuotes = fc
  .tuple(sentence, fc.integer({min: 1, max: 6}))
  .map(([text, depth]) => '„»‚"'.repeat(depth) + text + '“«‘"'.repeat(depth - 1))

const piece = fc.oneof(
  {arbitrary: sentence, weight: 12},
  {arbitrary: mangledSentence, weight: 4},
  {arbitrary: number, weight: 4},
  {arbitrary: pick(breaks), weight: 5},
  {arbitrary: pick(quoteMarks), weight: 3},
  {arbitrary: quoteRun, weight: 1},
  {arbitrary: nestedQuotes, weight: 1},
  {arbitrary: pick(controls), weight: 2},
  {arbitrary: pick(marks), weight: 2},
  {arbitrary: pick(scripts), weight: 2},
  {arbitrary: pick(emoji), weight: 2},
  {arbitrary: pick(punctuation), weight: 3},
  {arbitrary: fc.string({unit: 'binary', maxLength: 40}), weight: 2},
  {arbitrary: fc.string({unit: 'grapheme', maxLength: 40}), weight: 2},
  {arbitrary: fc.constantFrom(' ', '  ', '\t', '\u00a0', '\u202f', '\u3000'), weight: 4},
  {
    arbitrary: fc.constantFrom('<!-- sourced-ignore -->', '[sourced-ignore]', '[SOURCED-IGNORE]', '<!--sourced-ignore'),
    weight: 1
  }
)

/** A document: pieces in any order, sometimes with a BOM in front. */
const documentArbitrary = fc
  .tuple(fc.boolean(), fc.array(piece, {maxLength: 80, size: 'max'}))
  .map(([bom, pieces]) => (bom ? '\ufeff' : '') + pieces.join(''))

/** Documents with one odd shape throughout. */
const shapedArbitrary = fc.oneof(
  fc.array(pick(punctuation), {maxLength: 400, size: 'max'}).map((list) => list.join('')),
  fc.array(pick(quoteMarks), {maxLength: 400, size: 'max'}).map((list) => list.join('')),
  fc.array(pick([...breaks, ' ', '\t']), {maxLength: 200, size: 'max'}).map((list) => list.join('')),
  fc.array(pick([...controls, ...marks]), {maxLength: 200, size: 'max'}).map((list) => list.join('')),
  fc.array(pick(emoji), {maxLength: 200, size: 'max'}).map((list) => list.join('')),
  fc.array(fc.oneof(sentence, pick(quoteMarks)), {maxLength: 30, size: 'max'}).map((list) => list.join(' ')),
  fc.array(sentence, {maxLength: 30, size: 'max'}).map((list) => list.join('\r')),
  fc.array(sentence, {maxLength: 30, size: 'max'}).map((list) => list.join('\r\n\r\n')),
  fc.string({unit: 'binary', maxLength: 2000, size: 'max'}),
  digits(5000)
)

// ---------------------------------------------------------------------------
// Checks

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff

/** Every span of the analysis, with a name for the failure message. */
function spansOf(analysis: Analysis): Array<[string, Span]> {
  const spans: Array<[string, Span]> = []
  for (const [k, span] of analysis.paragraphs.entries()) spans.push([`paragraph ${k}`, span])
  for (const [k, span] of analysis.sentences.entries()) spans.push([`sentence ${k}`, span])
  for (const [k, span] of analysis.hedges.entries()) spans.push([`hedge ${k}`, span])
  for (const figure of analysis.figures) spans.push([`figure ${figure.id}`, figure])
  for (const claim of analysis.claims) {
    spans.push([`claim ${claim.id}`, claim], [`cue of ${claim.id}`, claim.cue])
    if (claim.vagueSource) spans.push([`vague source of ${claim.id}`, claim.vagueSource])
  }
  for (const source of analysis.sources) {
    for (const [k, mention] of source.mentions.entries()) spans.push([`mention ${k} of ${source.id}`, mention])
  }
  for (const diagnostic of analysis.diagnostics) {
    spans.push([`diagnostic ${diagnostic.ruleId}`, diagnostic])
    for (const [k, related] of diagnostic.related.entries())
      spans.push([`related ${k} of ${diagnostic.ruleId}`, related])
  }
  return spans
}

/** Throws (with the place) when a span leaves the text or splits a surrogate pair. */
function checkSpans(text: string, analysis: Analysis): void {
  for (const [name, {start, end}] of spansOf(analysis)) {
    assert.ok(Number.isInteger(start) && Number.isInteger(end), `${name}: offsets ${start}–${end} are not integers`)
    assert.ok(0 <= start && start <= end && end <= text.length, `${name}: ${start}–${end} outside 0–${text.length}`)
    for (const at of [start, end]) {
      assert.ok(
        !(at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at))),
        `${name}: offset ${at} splits a surrogate pair`
      )
    }
  }
  // The engine reads ignore markers as spaces (same length), so a figure's text is the blanked text at its offsets.
  const read = blankIgnoreMarkers(text)
  for (const figure of analysis.figures) {
    assert.equal(
      figure.text,
      read.slice(figure.start, figure.end),
      `figure ${figure.id}: text is not the text at its offsets`
    )
  }
  for (const diagnostic of analysis.diagnostics) {
    assert.ok(
      diagnostic.line >= 1 && diagnostic.column >= 1,
      `diagnostic at ${diagnostic.start}: line ${diagnostic.line}, column ${diagnostic.column}`
    )
  }
}

const settings = (numRuns: number): fc.Parameters<unknown> => ({numRuns, seed, endOnFailure: true})

describe('fuzz: the engine on random and adversarial documents', function () {
  // 10,000 documents take a few minutes on two cores; the default run stays well under that.
  this.timeout(Math.max(60_000, runs * 200))

  it(`never throws, and every span lies inside the text without splitting a surrogate pair (${runs} documents)`, () => {
    fc.assert(
      fc.property(documentArbitrary, (text) => {
        checkSpans(text, analyse(text))
      }),
      settings(runs)
    )
  })

  const oddShapes = 'only punctuation, only quotes, only breaks, controls, emoji, binary, long digit runs'
  it(`holds on odd shapes: ${oddShapes} (${runs} documents)`, () => {
    fc.assert(
      fc.property(shapedArbitrary, (text) => {
        checkSpans(text, analyse(text))
      }),
      settings(runs)
    )
  })

  it(`is deterministic: one text gives one analysis, fresh or from a warm analyser (${quarterRuns} documents)`, () => {
    const warm = createAnalyser()
    fc.assert(
      fc.property(documentArbitrary, documentArbitrary, (text, other) => {
        const first = JSON.stringify(analyse(text))
        assert.equal(JSON.stringify(analyse(text)), first, 'two fresh analyses differ')
        warm.analyse(other)
        assert.equal(JSON.stringify(warm.analyse(text)), first, 'the warm analyser differs from a fresh one')
      }),
      settings(quarterRuns)
    )
  })

  it(`gives an edited document the analysis of a fresh one, edit after edit (${quarterRuns} edit sessions)`, () => {
    // The warm analyser reuses the paragraphs outside the edit and the source groups;
    // edits here land anywhere: inside a word, on a paragraph break, at either end.
    const edit = fc.record({
      at: fc.nat(),
      remove: fc.oneof(fc.constant(0), fc.integer({min: 1, max: 3}), fc.nat({max: 400})),
      insert: fc.oneof(fc.constant(''), piece)
    })
    fc.assert(
      fc.property(documentArbitrary, fc.array(edit, {minLength: 1, maxLength: 6}), (start, edits) => {
        const warm = createAnalyser()
        let text = start
        warm.analyse(text)
        for (const {at, remove, insert} of edits) {
          const from = text.length === 0 ? 0 : at % (text.length + 1)
          text = text.slice(0, from) + insert + text.slice(from + remove)
          assert.equal(JSON.stringify(warm.analyse(text)), JSON.stringify(analyse(text)), `after editing at ${from}`)
        }
      }),
      settings(quarterRuns)
    )
  })

  it('holds with the language forced either way and with options', () => {
    fc.assert(
      fc.property(documentArbitrary, fc.constantFrom('de' as const, 'en' as const), (text, language) => {
        const analysis = analyse(text, {
          language,
          severity: {'vague-source': 'off'},
          ignoredFigures: ['12'],
          lexicon: {all: {hedges: ['angeblich'], vagueSources: ['Kreise'], reportingVerbs: ['twitterte']}}
        })
        checkSpans(text, analysis)
        assert.equal(analysis.language, language)
      }),
      settings(quarterRuns)
    )
  })

  describe('the large cases, once each', () => {
    const unit = corpus[0] ?? fallbackSentences.join(' ')
    const cases: Array<[string, () => string]> = [
      ['a 100,000-digit number', () => `Es waren ${'7'.repeat(100_000)} Menschen, sagte er.`],
      [
        'a 100,000-digit number with thousands separators',
        () => `Rund ${Array.from({length: 25_000}, () => '123').join('.')} Euro`
      ],
      [
        '1 MB on one line',
        () =>
          unit
            .replace(/\s+/g, ' ')
            .repeat(Math.ceil(1_000_000 / unit.length))
            .slice(0, 1_000_000)
      ],
      ['1 MB of one word', () => 'a'.repeat(1_000_000)],
      ['1 MB of punctuation', () => '.,;:!?–()'.repeat(111_112).slice(0, 1_000_000)],
      ['100,000 unbalanced quotes', () => '„'.repeat(50_000) + '“'.repeat(25_000) + '"'.repeat(25_000)],
      ['lone CRs only', () => 'Der Etat wächst um 3 Prozent.\rDas sagte der Minister.\r'.repeat(5_000)],
      ['CRLF and BOM', () => '\ufeff' + unit.replace(/\n/g, '\r\n')],
      ['surrogate pairs around every figure', () => '😀12😀 👍🏽3,5 Prozent👍🏽 '.repeat(10_000)],
      ['lone surrogates', () => '\ud800 12 Soldaten \udc00'.repeat(10_000)],
      ['NUL and controls between words', () => unit.replace(/ /g, '\u0000\u0007 ')],
      ['right-to-left marks', () => unit.replace(/ /g, ' \u200f\u202e')]
    ]
    for (const [name, make] of cases) {
      it(name, function () {
        this.timeout(120_000)
        const text = make()
        const analysis = analyse(text)
        checkSpans(text, analysis)
      })
    }
  })
})
