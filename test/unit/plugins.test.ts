// The paragraph plugins as retext plugins: each takes the language profile as an
// option, reads the tree (or what the plugins before it left on `file.data`) and
// leaves its results on `file.data`.
import assert from 'node:assert/strict'
import retextLatin from 'retext-latin'
import {unified} from 'unified'
import {VFile, type DataMap} from 'vfile'
import {lexiconFor} from '../../src/core/lexicon/index.js'
import {analyseParagraph, paragraphProcessor} from '../../src/core/paragraph.js'
import sourcedSentences from '../../src/core/plugins/sentences.js'
import type {Language} from '../../src/core/types.js'

/** Runs retext-latin and every paragraph plugin, in the engine's order, with the profile of `language` on `text`. */
function run(text: string, language: Language): Partial<DataMap> {
  const processor = paragraphProcessor(lexiconFor(language))
  const file = new VFile(text)
  processor.runSync(processor.parse(file), file)
  return file.data
}

/** The sentences of `text` from retext-latin and `sourcedSentences` alone, with `options`. */
function sentencesOf(text: string, options?: Parameters<typeof sourcedSentences>[0]): string[] {
  const processor = unified().use(retextLatin).use(sourcedSentences, options)
  const file = new VFile(text)
  processor.runSync(processor.parse(file), file)
  return (file.data.sentences ?? []).map((sentence) => text.slice(sentence.start, sentence.end))
}

const slice = (text: string, span: {start: number; end: number}) => text.slice(span.start, span.end)

const german =
  '„Wir haben 3,5 Mio. Euro verloren“, sagte Firmenchef Max Müller am Montag. ' +
  'Offenbar stieg die Zahl der Fälle um 12 Prozent.'
const english =
  'Officials said about 40 workers were hurt, according to the ministry. The fire reportedly began at 9:30.'

describe('paragraph plugins', () => {
  describe('sourcedSentences', () => {
    it('reads sentences and their tokens from the tree, joined after an abbreviation of the profile', () => {
      const {sentences = []} = run(german, 'de')
      assert.deepEqual(
        sentences.map((sentence) => slice(german, sentence)),
        [
          '„Wir haben 3,5 Mio. Euro verloren“, sagte Firmenchef Max Müller am Montag.',
          'Offenbar stieg die Zahl der Fälle um 12 Prozent.'
        ]
      )
      assert.deepEqual(
        sentences[0]?.tokens.slice(0, 6).map((token) => [token.text, token.kind, token.start]),
        [
          ['„', 'punct', 0],
          ['Wir', 'word', 1],
          ['haben', 'word', 5],
          ['3,5', 'number', 11],
          ['Mio.', 'word', 15],
          ['Euro', 'word', 20]
        ]
      )
    })

    it('takes the profile as an option: the English one does not know `Mio.`', () => {
      const text = 'Wir haben 3,5 Mio. Euro verloren.'
      assert.deepEqual(sentencesOf(text, {lexicon: lexiconFor('de')}), [text])
      assert.deepEqual(sentencesOf(text, {lexicon: lexiconFor('en')}), ['Wir haben 3,5 Mio.', 'Euro verloren.'])
      // Without options: the English profile.
      assert.deepEqual(sentencesOf(text), ['Wir haben 3,5 Mio.', 'Euro verloren.'])
    })
  })

  describe('sourcedFigures', () => {
    it('finds the figures of each sentence with their value, unit and sentence', () => {
      const {figures = []} = run(german, 'de')
      assert.deepEqual(
        figures.map((figure) => [slice(german, figure), figure.value, figure.unit, figure.sentence]),
        [
          ['3,5 Mio. Euro', 3_500_000, 'EUR', 0],
          ['12 Prozent', 12, 'percent', 1]
        ]
      )
      const {figures: english = []} = run('Officials said about 40 workers were hurt.', 'en')
      assert.deepEqual(
        english.map((figure) => [figure.value, figure.approximate]),
        [[40, true]]
      )
    })

    it('finds none in a sentence without a figure', () => {
      assert.deepEqual(run('Die Regierung tagte am Nachmittag in Berlin.', 'de').figures, [])
      assert.deepEqual(run('The council met in the afternoon.', 'en').figures, [])
    })
  })

  describe('sourcedQuotes', () => {
    it('finds a closed quotation and its content', () => {
      const {quotes = []} = run(german, 'de')
      assert.equal(quotes.length, 1)
      const [quote] = quotes
      assert.ok(quote)
      assert.equal(slice(german, quote.content), 'Wir haben 3,5 Mio. Euro verloren')
      assert.equal(quote.closed, true)
    })

    it('finds none without quotation marks', () => {
      assert.deepEqual(run(english, 'en').quotes, [])
    })
  })

  describe('sourcedAttribution', () => {
    it('attributes a quotation to the speaker after it and a claim to `according to`', () => {
      const {claims: germanClaims = []} = run(german, 'de')
      assert.deepEqual(
        germanClaims.map((claim) => [
          slice(german, claim),
          claim.cue && slice(german, claim.cue),
          claim.source?.text,
          claim.kind
        ]),
        [['Wir haben 3,5 Mio. Euro verloren', 'sagte', 'Firmenchef Max Müller', 'direct']]
      )
      const {claims = []} = run(english, 'en')
      assert.deepEqual(
        claims.map((claim) => [claim.source?.text, claim.source?.kind, claim.kind]),
        [
          ['the ministry', 'named', 'according'],
          ['Officials', 'vague', 'indirect']
        ]
      )
    })

    it('attributes nothing in a sentence without a source', () => {
      assert.deepEqual(run('Die Zahl der Fälle stieg um 12 Prozent.', 'de').claims, [])
      assert.deepEqual(run('The number of cases rose by 12 percent.', 'en').claims, [])
    })
  })

  describe('sourcedHedges', () => {
    it('finds hedging words with their sentence', () => {
      assert.deepEqual(run(german, 'de').hedges, [{start: 75, end: 83, text: 'Offenbar', sentence: 1}])
      assert.deepEqual(run(english, 'en').hedges, [{start: 79, end: 89, text: 'reportedly', sentence: 1}])
    })

    it('finds none in a plain statement', () => {
      assert.deepEqual(run('Die Zahl der Fälle stieg um 12 Prozent.', 'de').hedges, [])
      assert.deepEqual(run('The fire began at 9:30.', 'en').hedges, [])
    })
  })

  describe('analyseParagraph', () => {
    it('gives what the plugins leave on file.data, sentences as bare spans', () => {
      for (const [text, language] of [
        [german, 'de'],
        [english, 'en']
      ] as const) {
        const data = run(text, language)
        const result = analyseParagraph(text, lexiconFor(language))
        assert.deepEqual(
          result.sentences,
          data.sentences?.map(({start, end}) => ({start, end}))
        )
        assert.deepEqual(
          {...result, sentences: []},
          {
            sentences: [],
            figures: data.figures,
            quotes: data.quotes,
            claims: data.claims,
            subjects: data.subjects,
            hedges: data.hedges
          }
        )
      }
    })
  })
})
