// The tokens are read from retext's tree, with readers that scan by character code
// where retext's words are not the tokens. Differential tests hold both to the
// regex-based tokenizer they replaced (kept below as the oracle): the same tokens,
// with the same offsets and flags, for every sentence of the corpus and of random
// text (tree and readers), and for every input (readers alone).
//
// SOURCED_FUZZ_RUNS scales the number of generated strings (default 300, here ×10).
import assert from 'node:assert/strict'
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {join, resolve} from 'node:path'
import fc from 'fast-check'
import type {Node, Parent, Root} from 'nlcst'
import retextLatin from 'retext-latin'
import {unified} from 'unified'
import {lexiconFor} from '../../src/core/lexicon/index.js'
import {continuesSentence, splitParagraphs} from '../../src/core/text/segment.js'
import {treeSentences} from '../../src/core/text/tree-tokens.js'
import {
  isAcronym,
  isCapitalized,
  isLowerWord,
  TokenReader,
  type Token,
  type TokenKind
} from '../../src/core/text/tokens.js'

/** The readers alone over a whole string, as the tree walk uses them where retext's words are not the tokens. */
function tokenize(text: string, offset = 0, abbreviations?: ReadonlySet<string>): Token[] {
  const reader = new TokenReader(text, offset, abbreviations)
  reader.readUntil(text.length)
  return reader.tokens
}

const runs = 10 * Math.max(1, Number(process.env.SOURCED_FUZZ_RUNS ?? 300) || 300)
const seed = process.env.SOURCED_FUZZ_SEED === undefined ? undefined : Number(process.env.SOURCED_FUZZ_SEED)

// ---------------------------------------------------------------------------
// The oracle: the regex tokenizer as it was, one sticky pattern after another.

const oraclePatterns: Array<[TokenKind, RegExp]> = [
  ['date', /\d{4}-\d{2}-\d{2}(?!\d)|\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})(?!\d)|\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2})(?!\d)/y],
  ['time', /\d{1,2}:\d{2}(?::\d{2})?(?!\d)/y],
  [
    'number',
    /\d{1,3}[:/]\d{1,3}(?![\d/])|\d{1,3}(?:[.,\u00a0\u202f\u2009' ]\d{3}(?!\d))+(?:[.,]\d+)?|\d+(?:[.,]\d+)?/y
  ],
  ['word', /[\p{L}\p{N}-]+\.(?:com|org|net|gov|edu|de|at|ch|io)(?![\p{L}\p{N}])/uy],
  ['word', /(?:\p{L}\.){2,}|[\p{L}\p{M}](?:[\p{L}\p{M}\p{N}]|['’](?=\p{L})|[-‐](?=[\p{L}\p{N}]))*-?/uy]
]

function oracleTokenize(text: string, offset = 0, abbreviations: ReadonlySet<string> = new Set()): Token[] {
  const tokens: Token[] = []
  let index = 0
  let spaced = false
  let newline = false
  while (index < text.length) {
    const char = text.charAt(index)
    if (/\s/u.test(char)) {
      spaced = true
      if (char === '\n' || char === '\r') newline = true
      index++
      continue
    }
    let matched: [TokenKind, string] | null = null
    for (const [kind, pattern] of oraclePatterns) {
      pattern.lastIndex = index
      const match = pattern.exec(text)
      if (match && match[0].length > 0) {
        matched = [kind, match[0]]
        break
      }
    }
    const code = text.codePointAt(index) ?? 0
    let [kind, value]: [TokenKind, string] = matched ?? [
      'punct',
      code > 0xffff ? text.slice(index, index + 2) : char
    ]
    if (kind === 'word' && text[index + value.length] === '.' && abbreviations.has(value + '.')) value += '.'
    tokens.push({
      text: value,
      lower: value.toLowerCase(),
      kind,
      start: offset + index,
      end: offset + index + value.length,
      spaced,
      newline
    })
    index += value.length
    spaced = false
    newline = false
  }
  return tokens
}

const oracleIsCapitalized = (token: Token) => token.kind === 'word' && /^\p{Lu}/u.test(token.text)
const oracleIsLowerWord = (token: Token) => token.kind === 'word' && /^\p{Ll}/u.test(token.text)
const oracleIsAcronym = (token: Token) => {
  if (token.kind !== 'word') return false
  const text = token.text.replace(/\.$/, '')
  return (
    /^\p{Lu}[\p{Lu}\p{N}&]+$/u.test(text) ||
    (text.length <= 6 && /^\p{Lu}[\p{L}\p{N}&]*\p{Lu}[\p{L}\p{N}&]*$/u.test(text))
  )
}

// ---------------------------------------------------------------------------
// Random text from pieces that make the patterns work

const pieces = [
  // letters, words, case
  'a',
  'e',
  'x',
  'Z',
  'A',
  'B',
  'Dr',
  'Mio',
  'U',
  'S',
  'z',
  'Müller',
  'straße',
  'ÄÖÜ',
  'ß',
  'é',
  'İ',
  'BaFin',
  'LfU',
  'G7',
  'NIS',
  'IS',
  '&',
  // digits and what joins them
  '0',
  '1',
  '7',
  '12',
  '123',
  '1234',
  '000',
  '2024',
  '.',
  ',',
  ':',
  '/',
  "'",
  '’',
  '-',
  '‐',
  '–',
  // whitespace of every kind, including the non-ASCII ones `\s` reads
  ' ',
  '  ',
  '\t',
  '\n',
  '\r',
  '\r\n',
  '\u00a0',
  '\u202f',
  '\u2009',
  '\u2028',
  '\u2029',
  '\ufeff',
  '\u1680',
  '\u3000',
  '\u000b',
  '\u0085',
  '\u200b',
  // astral and odd code points: emoji, an astral capital and digit, lone surrogates, marks, other numbers
  '😀',
  '👍🏽',
  '🇩🇪',
  '𝐀',
  '𝐚',
  '𝟏',
  '\ud800',
  '\udc00',
  '\ud83d',
  '\u0301',
  '\u0308',
  '٣',
  '²',
  'Ⅻ',
  'Ⓐ',
  '丁',
  // domains and what looks like one
  'bild.de',
  'x-y.com',
  'a.b.c',
  '.de',
  '.com',
  '.io',
  '.ch',
  '.at',
  '.gov',
  '.edu',
  '.net',
  '.org',
  'com',
  'de',
  '.COM',
  'tagesschau',
  // other punctuation
  '$',
  '€',
  '%',
  '(',
  ')',
  '"',
  '„',
  '“',
  '!',
  '?',
  '…'
]

const textArbitrary = fc.oneof(
  {weight: 6, arbitrary: fc.array(fc.constantFrom(...pieces), {maxLength: 40}).map((parts) => parts.join(''))},
  {weight: 1, arbitrary: fc.string({unit: 'binary', maxLength: 30})},
  // Runs of one to five digits between separators: dates, times, ratios, thousands groups, decimals.
  {
    weight: 2,
    arbitrary: fc
      .array(
        fc.tuple(
          fc.string({unit: fc.constantFrom('0', '1', '9'), minLength: 1, maxLength: 5}),
          fc.constantFrom('.', ',', ':', '/', '-', ' ', '\u00a0', '\u202f', '\u2009', "'", 'a', '')
        ),
        {maxLength: 6}
      )
      .map((parts) => parts.flat().join(''))
  },
  {
    weight: 1,
    arbitrary: fc.string({
      unit: fc.constantFrom('a', 'Ü', '.', '-', '‐', "'", '’', '1', '\u0301', '𝐀', ' '),
      maxLength: 30
    })
  }
)

const abbreviationsArbitrary = fc.constantFrom<ReadonlySet<string>>(
  new Set(),
  new Set(['Dr.', 'Mio.', 'U.S.', 'z.', 'B.', 'a.', 'Müller.', 'bild.de.', 'A.B.']),
  new Set(['x.', 'e.', 'é.', '𝐀.', 'a-.', 'IS.'])
)

const settings = (numRuns: number): fc.Parameters<unknown> => ({numRuns, seed, endOnFailure: true})

/** `[text, kind]` of each token, for the hand-written cases. */
const kinds = (text: string, abbreviations?: ReadonlySet<string>) =>
  tokenize(text, 0, abbreviations).map((token) => [token.text, token.kind])

// ---------------------------------------------------------------------------
// The tree walk against the patterns: retext's sentences, joined after
// abbreviations, each tokenised by the oracle on its own text.

const parser = unified().use(retextLatin)

function oracleSentences(
  text: string,
  abbreviations: ReadonlySet<string>
): Array<{start: number; end: number; tokens: Token[]}> {
  const raw: Array<{start: number; end: number}> = []
  const collect = (node: Node): void => {
    if (node.type === 'SentenceNode') {
      const start = node.position?.start.offset ?? 0
      const end = node.position?.end.offset ?? 0
      if (end > start) raw.push({start, end})
    } else if ('children' in node) for (const child of (node as Parent).children) collect(child)
  }
  collect(parser.parse(text))
  const merged: Array<{start: number; end: number}> = []
  for (const span of raw) {
    const previous = merged.at(-1)
    if (previous && continuesSentence(text, previous, span, abbreviations)) previous.end = span.end
    else merged.push({...span})
  }
  return merged.map(({start, end}) => ({
    start,
    end,
    tokens: oracleTokenize(text.slice(start, end), start, abbreviations)
  }))
}

const treeTokens = (text: string, abbreviations: ReadonlySet<string>) =>
  treeSentences(parser.parse(text) as Root, text, abbreviations)

// Real prose, read at run time, never copied into the repository.
const corpusDir = resolve(__dirname, '../../../shared/corpus/dev')
const corpusParagraphs: Array<[string, string]> = existsSync(corpusDir)
  ? readdirSync(corpusDir)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .flatMap((name) => {
        const article = readFileSync(join(corpusDir, name), 'utf8')
        return splitParagraphs(article).map((span): [string, string] => [name, article.slice(span.start, span.end)])
      })
  : []

describe('tokens', () => {
  describe('tokens from the tree', () => {
    const profiles = [lexiconFor('de'), lexiconFor('en')]

    it('are the tokens of the patterns on every paragraph of the dev corpus', function () {
      if (corpusParagraphs.length === 0) this.skip()
      for (const [name, paragraph] of corpusParagraphs) {
        for (const {abbreviations} of profiles) {
          assert.deepEqual(
            treeTokens(paragraph, abbreviations),
            oracleSentences(paragraph, abbreviations),
            `${name}: ${paragraph.slice(0, 60)}`
          )
        }
      }
    })

    it(`are the tokens of the patterns on random text (${runs} strings)`, () => {
      fc.assert(
        fc.property(textArbitrary, abbreviationsArbitrary, (text, abbreviations) => {
          assert.deepEqual(treeTokens(text, abbreviations), oracleSentences(text, abbreviations))
        }),
        settings(runs)
      )
    })

    it("split and join retext's words where the recognisers need other tokens", () => {
      const abbreviations = lexiconFor('de').abbreviations
      const text =
        'Rund 12 000 Kranken- und Pflegekräfte, z.B. bei Dr. Müller, zahlten 3,5 Mio. Euro....' +
          'Laut bild.de sind es 12.000.'
      const [first, second] = treeTokens(text, abbreviations)
      assert.deepEqual(
        first?.tokens.map((token) => [token.text, token.kind]),
        [
          ['Rund', 'word'],
          ['12 000', 'number'],
          ['Kranken-', 'word'],
          ['und', 'word'],
          ['Pflegekräfte', 'word'],
          [',', 'punct'],
          ['z.B.', 'word'],
          ['bei', 'word'],
          ['Dr.', 'word'],
          ['Müller', 'word'],
          [',', 'punct'],
          ['zahlten', 'word'],
          ['3,5', 'number'],
          ['Mio.', 'word'],
          ['Euro', 'word'],
          ['.', 'punct'],
          ['.', 'punct'],
          ['.', 'punct'],
          ['.', 'punct']
        ]
      )
      // retext starts a sentence right after `....`: the first token of it has no space before it.
      assert.deepEqual(
        second?.tokens.slice(0, 3).map((token) => [token.text, token.start, token.spaced]),
        [
          ['Laut', 85, false],
          ['bild.de', 90, true],
          ['sind', 98, true]
        ]
      )
      const [english] = treeTokens("The U.S. bill hit $2bn, officials didn't say.", lexiconFor('en').abbreviations)
      assert.deepEqual(
        english?.tokens.map((token) => token.text),
        ['The', 'U.S.', 'bill', 'hit', '$', '2', 'bn', ',', 'officials', "didn't", 'say', '.']
      )
    })
  })

  describe('the readers alone', () => {
    it(`gives the same tokens as the regex tokenizer on random text (${runs} strings)`, () => {
      fc.assert(
        fc.property(textArbitrary, abbreviationsArbitrary, fc.nat(1000), (text, abbreviations, offset) => {
          assert.deepEqual(tokenize(text, offset, abbreviations), oracleTokenize(text, offset, abbreviations))
        }),
        settings(runs)
      )
    })

    it('gives the regex tokenizer\'s tokens on every code unit and astral code point, alone or after one', function () {
      this.timeout(60_000)
      for (let code = 0; code < 0x10000; code++) {
        const char = String.fromCharCode(code)
        for (const text of [char, `a${char}`, `1${char}`, `a-${char}`, `a’${char}`, `x.de${char}`]) {
          assert.deepEqual(tokenize(text), oracleTokenize(text), `U+${code.toString(16)} in ${JSON.stringify(text)}`)
        }
      }
      // Astral code points: all of plane 1 (emoji, mathematical letters and digits), and samples beyond.
      for (let code = 0x10000; code <= 0x10ffff; code += code < 0x20000 ? 1 : 97) {
        const char = String.fromCodePoint(code)
        for (const text of [char, `a${char}`, `a’${char}`, `${char}.${char}.`]) {
          assert.deepEqual(tokenize(text), oracleTokenize(text), `U+${code.toString(16)} in ${JSON.stringify(text)}`)
        }
      }
    })

    it('gives the same tokens as the regex tokenizer on every join of three digit runs', () => {
      const runs = ['1', '12', '123', '1234', '12345']
      const separators = ['.', ',', ':', '/', '-', ' ', '\u00a0', '\u202f', '\u2009', "'", 'a']
      for (const a of runs)
        for (const first of separators)
          for (const b of runs)
            for (const second of separators)
              for (const c of runs) {
                for (const tail of ['', '/', ':', '.', ',']) {
                  const text = a + first + b + second + c + tail
                  assert.deepEqual(tokenize(text), oracleTokenize(text), JSON.stringify(text))
                }
              }
    })

    it('reads German figures, dates, times, abbreviations and domains', () => {
      const abbreviations = new Set(['Dr.', 'Mio.'])
      assert.deepEqual(kinds('Die Quote stieg um 3,5 Prozent auf 12.000 Stellen, sagte Dr. Müller.', abbreviations), [
        ['Die', 'word'],
        ['Quote', 'word'],
        ['stieg', 'word'],
        ['um', 'word'],
        ['3,5', 'number'],
        ['Prozent', 'word'],
        ['auf', 'word'],
        ['12.000', 'number'],
        ['Stellen', 'word'],
        [',', 'punct'],
        ['sagte', 'word'],
        ['Dr.', 'word'],
        ['Müller', 'word'],
        ['.', 'punct']
      ])
      assert.deepEqual(kinds('Am 03.10.2023 um 10:30 Uhr meldete bild.de 2 Mio. Klicks.', abbreviations), [
        ['Am', 'word'],
        ['03.10.2023', 'date'],
        ['um', 'word'],
        ['10:30', 'time'],
        ['Uhr', 'word'],
        ['meldete', 'word'],
        ['bild.de', 'word'],
        ['2', 'number'],
        ['Mio.', 'word'],
        ['Klicks', 'word'],
        ['.', 'punct']
      ])
      assert.deepEqual(kinds('Kranken- und Pflegekassen zahlen 1\u00a0250,75 Euro für 12–15 Jährige.'), [
        ['Kranken-', 'word'],
        ['und', 'word'],
        ['Pflegekassen', 'word'],
        ['zahlen', 'word'],
        ['1\u00a0250,75', 'number'],
        ['Euro', 'word'],
        ['für', 'word'],
        ['12', 'number'],
        ['–', 'punct'],
        ['15', 'number'],
        ['Jährige', 'word'],
        ['.', 'punct']
      ])
    })

    it('reads English figures, initials, money and ratios', () => {
      const abbreviations = new Set(['U.S.'])
      assert.deepEqual(
        kinds("U.S. officials put the bill at $2bn, a 24/7 effort that didn't start until 2024-01-15.", abbreviations),
        [
          ['U.S.', 'word'],
          ['officials', 'word'],
          ['put', 'word'],
          ['the', 'word'],
          ['bill', 'word'],
          ['at', 'word'],
          ['$', 'punct'],
          ['2', 'number'],
          ['bn', 'word'],
          [',', 'punct'],
          ['a', 'word'],
          ['24/7', 'number'],
          ['effort', 'word'],
          ['that', 'word'],
          ["didn't", 'word'],
          ['start', 'word'],
          ['until', 'word'],
          ['2024-01-15', 'date'],
          ['.', 'punct']
        ]
      )
      assert.deepEqual(kinds('Visit x-y.com or example.community at 9:05:30.'), [
        ['Visit', 'word'],
        ['x-y.com', 'word'],
        ['or', 'word'],
        ['example', 'word'],
        ['.', 'punct'],
        ['community', 'word'],
        ['at', 'word'],
        ['9:05:30', 'time'],
        ['.', 'punct']
      ])
    })

    it('keeps offsets, lower case, and the spaced and newline flags', () => {
      const tokens = tokenize('Zwei\u00a0Tote,\r\nsagte ÖL-Chef 😀.', 100)
      assert.deepEqual(
        tokens.map(({text, lower, start, end, spaced, newline}) => [text, lower, start, end, spaced, newline]),
        [
          ['Zwei', 'zwei', 100, 104, false, false],
          ['Tote', 'tote', 105, 109, true, false],
          [',', ',', 109, 110, false, false],
          ['sagte', 'sagte', 112, 117, true, true],
          ['ÖL-Chef', 'öl-chef', 118, 125, true, false],
          ['😀', '😀', 126, 128, true, false],
          ['.', '.', 128, 129, false, false]
        ]
      )
      assert.deepEqual(
        tokenize('a\u2028b').map((token) => [token.text, token.spaced, token.newline]),
        [
          ['a', false, false],
          ['b', true, false]
        ]
      )
    })
  })

  describe('token tests', () => {
    const word = (text: string): Token => ({
      text,
      lower: text.toLowerCase(),
      kind: 'word',
      start: 0,
      end: text.length,
      spaced: false,
      newline: false
    })

    it('isCapitalized, isLowerWord and isAcronym agree with their regexes on tokens of random text', () => {
      fc.assert(
        fc.property(textArbitrary, (text) => {
          for (const token of tokenize(text)) {
            assert.equal(
              isCapitalized(token),
              oracleIsCapitalized(token),
              `isCapitalized ${JSON.stringify(token.text)}`
            )
            assert.equal(isLowerWord(token), oracleIsLowerWord(token), `isLowerWord ${JSON.stringify(token.text)}`)
            assert.equal(isAcronym(token), oracleIsAcronym(token), `isAcronym ${JSON.stringify(token.text)}`)
          }
        }),
        settings(runs)
      )
    })

    it('isAcronym agrees with its regexes on any word text', () => {
      const unit = fc.constantFrom('A', 'Z', 'Ä', 'a', 'ü', '7', '٣', '&', '.', '-', '𝐀', '𝐚', '\u0301', 'ǅ', ' ')
      fc.assert(
        fc.property(fc.string({unit, maxLength: 9}), (text) => {
          assert.equal(isAcronym(word(text)), oracleIsAcronym(word(text)), JSON.stringify(text))
          assert.equal(isCapitalized(word(text)), oracleIsCapitalized(word(text)), JSON.stringify(text))
          assert.equal(isLowerWord(word(text)), oracleIsLowerWord(word(text)), JSON.stringify(text))
        }),
        settings(runs)
      )
    })

    it('reads acronyms', () => {
      assert.deepEqual(
        ['NIS', 'G7', 'LfU', 'BaFin', 'U.S.', 'A&B', 'Kim', 'ABCdefG', 'A', 'NASA.'].map((text) =>
          isAcronym(word(text))
        ),
        [true, true, true, true, false, true, false, false, false, true]
      )
    })
  })
})
