// Reported speech the German recogniser missed, by class: quotation marks typed in
// a mix of styles, cue nouns with words between the preposition and the noun, and the
// other classes below. Invented sentences, a positive and a negative case per class,
// German and, where the rule is shared, English.
import assert from 'node:assert/strict'
import {findQuotes} from '../../src/core/recognize/quotes.js'
import {claimSource, claimTexts, read} from './helpers.js'

/** The quoted words of each quotation found in `text`. */
function quoted(text: string): string[] {
  return findQuotes(text).map((quote) => text.slice(quote.content.start, quote.content.end))
}

describe('German reported speech the recogniser missed', () => {
  describe('quotation marks typed in a mix of styles', () => {
    it('closes a German opening mark with a straight closing mark, and goes on reading (de)', () => {
      const text =
        'Die Menge rief „Weg mit dem Gesetz" vor dem Rathaus. Der Verband teilte mit, dass die Busse ' +
        'am Montag wieder fahren würden. „Wir bleiben dran“, sagte die Sprecherin Eva Brandt.'
      assert.deepEqual(quoted(text), ['Weg mit dem Gesetz', 'Wir bleiben dran'])
      const r = read(text, 'de')
      assert.equal(claimSource(r, 'Busse am Montag wieder fahren'), 'Verband')
    })

    it('closes a straight opening mark with a German closing mark (de)', () => {
      assert.deepEqual(quoted('Er nannte das "einen schweren Fehler“ und ging.'), ['einen schweren Fehler'])
    })

    it('does not close a German quotation at a straight mark that opens a word inside it (de)', () => {
      const text = '„Wir nennen das "Heimat" und sonst nichts“, sagte Brandt.'
      assert.deepEqual(quoted(text), ['Wir nennen das "Heimat" und sonst nichts'])
    })

    it('keeps straight and curly English quotations as they were (en)', () => {
      assert.deepEqual(quoted('She said "we will build it" and left. He called it “a good start”.'), [
        'we will build it',
        'a good start'
      ])
    })
  })
  describe('a cue noun with a determiner or adjectives after its preposition', () => {
    it('reads the genitive after `nach den Angaben`, `nach den Worten` as the source (de)', () => {
      const a = read('Nach den Angaben des Wasserverbands Nordheide sinkt der Grundwasserspiegel seit Jahren.', 'de')
      assert.match(claimSource(a, 'sinkt der Grundwasserspiegel'), /Nordheide$/)
      const b = read(
        'Nach den Worten der Bürgermeisterin Anna Kehl bleibt das Freibad den ganzen Sommer geschlossen.',
        'de'
      )
      assert.equal(claimSource(b, 'bleibt das Freibad'), 'Anna Kehl')
    })

    it('makes adjectives and the noun a vague source when no genitive follows (de)', () => {
      const a = read('Die Fähre lief nach ersten Erkenntnissen bei dichtem Nebel auf eine Sandbank.', 'de')
      assert.equal(claimSource(a, 'Fähre lief'), 'vague:ersten Erkenntnissen')
    })

    it('takes no cue from `nach den Angaben` alone, nor from a time after `nach` (de)', () => {
      assert.deepEqual(claimTexts(read('Nach den Angaben wurde die Fähre am Abend geborgen.', 'de')), [])
      assert.deepEqual(claimTexts(read('Nach den ersten Tagen wurde die Fähre am Abend geborgen.', 'de')), [])
    })
  })
  describe('`spricht davon, dass`', () => {
    it('reads `davon` with a that-clause as the speech verb `sprechen von` (de)', () => {
      const a = read(
        'Die Ärztin Lea Brandt spricht davon, dass Gewalt gegen Kinder ein ernstes Problem darstelle.',
        'de'
      )
      assert.equal(claimSource(a, 'ernstes Problem darstelle'), 'Lea Brandt')
      assert.equal(a.analysis.claims[0]?.cue.text, 'spricht davon')
    })

    it('takes no claim from `davon` as a plain adverb of another verb (de)', () => {
      assert.deepEqual(claimTexts(read('Die Ärztin Lea Brandt hält davon wenig und geht nach Hause.', 'de')), [])
    })
  })
  describe('`laut` before a document with an attribute of its own', () => {
    it('reads the genitive after a participle attribute (de)', () => {
      const a = read('Laut einer am Freitag verbreiteten Mitteilung des Roten Kreuzes fehlen im Lager Decken.', 'de')
      assert.match(claimSource(a, 'fehlen im Lager Decken'), /Roten Kreuzes$/)
    })

    it('makes an agency’s report joined by a hyphen a vague source (de)', () => {
      const a = read('Die Reederei will laut einer dpa-Meldung im Herbst zwei neue Fähren kaufen.', 'de')
      assert.match(claimSource(a, 'zwei neue Fähren'), /^vague:.*dpa-Meldung$/)
    })

    it('takes no source from a rule or a time after an attribute (de)', () => {
      assert.deepEqual(claimTexts(read('Laut den seit Mai geltenden Regeln zahlt jeder Gast zwei Euro.', 'de')), [])
    })
  })
})
