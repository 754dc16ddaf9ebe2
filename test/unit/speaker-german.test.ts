// The right speaker where the verb comes second: the phrase before the finite verb
// and the one after it, objects and adverbials that are no speakers, pronouns that
// stand for someone named before. Invented sentences, a positive and a negative case
// per class, in German and English.
import assert from 'node:assert/strict'
import type {Analysis} from '../../src/core/index.js'
import {run} from './helpers.js'

/** The name of the source of the claim that holds `words`; `vague` or `none` when it has no named one. */
function claimSource(analysis: Analysis, words: string): string {
  const text = analysis.claims.map((claim) => ({claim, text: claimText(analysis, claim)}))
  const found = text.find((entry) => entry.text.includes(words))
  if (!found) throw new Error(`no claim with “${words}” in [${text.map((entry) => entry.text).join(' | ')}]`)
  if (found.claim.source === null) return found.claim.vagueSource ? 'vague' : 'none'
  return analysis.sources.find((source) => source.id === found.claim.source)?.name ?? '?'
}

const texts = new WeakMap<Analysis, string>()
function claimText(analysis: Analysis, claim: {start: number; end: number}): string {
  return (texts.get(analysis) ?? '').slice(claim.start, claim.end)
}

function analyse(text: string, language: 'de' | 'en'): Analysis {
  const analysis = run(text, language)
  texts.set(analysis, text)
  return analysis
}

describe('speaker in German word order', () => {
  describe('a phrase opened by a preposition or `als` before the verb is no speaker', () => {
    it('takes the subject after the verb (de)', () => {
      const a = analyse('Als Ursache nannte der Verkehrsplaner die hohe Geschwindigkeit auf der Umgehungsstraße.', 'de')
      assert.equal(claimSource(a, 'hohe Geschwindigkeit'), 'Verkehrsplaner')
      assert.ok(!a.sources.some((s) => s.name.includes('Ursache')))
    })

    it('keeps a name after a name particle as the subject (de)', () => {
      const a = analyse('Zu Guttenberg hat am Montag erklärt, er habe beim Zitieren Fehler gemacht.', 'de')
      assert.equal(claimSource(a, 'Fehler gemacht'), 'Guttenberg')
    })

    it('keeps the subject of a verb-final clause opened by `als` (de)', () => {
      const a = analyse('Die Halle blieb leer, als der Bürgermeister erklärte, das Konzert falle aus.', 'de')
      assert.equal(claimSource(a, 'Konzert falle aus'), 'Bürgermeister')
    })

    it('keeps the subject before the verb in English, which has no verb second (en)', () => {
      const a = analyse('As expected, the mayor said the bridge would reopen in May.', 'en')
      assert.equal(claimSource(a, 'bridge would reopen'), 'mayor')
    })
  })

  describe('a sentence adverb before the verb is no speaker', () => {
    it('passes over an adverb of the lexicon and one that ends like an adverb (de)', () => {
      const a = analyse('Insgesamt beziffert die Versicherung den Schaden auf drei Millionen Euro.', 'de')
      assert.equal(claimSource(a, 'den Schaden'), 'Versicherung')
      const b = analyse('Bemerkenswerterweise nannte der Kämmerer einen Fehlbetrag von zwei Millionen Euro.', 'de')
      assert.equal(claimSource(b, 'Fehlbetrag'), 'Kämmerer')
    })

    it('keeps a name at the start of the sentence (de)', () => {
      const a = analyse('Brenninger nannte einen Fehlbetrag von zwei Millionen Euro.', 'de')
      assert.equal(claimSource(a, 'Fehlbetrag'), 'Brenninger')
    })
  })

  describe('after a subject before the verb, the phrase after it is the object', () => {
    it('keeps the subject before the verb, not the object after it (de)', () => {
      const a = analyse('Foodwatch fordert die Rücknahme der belasteten Nudeln aus allen Filialen.', 'de')
      assert.equal(claimSource(a, 'Rücknahme'), 'Foodwatch')
      assert.ok(!a.sources.some((s) => s.name.includes('Rücknahme')))
    })

    it('still takes an institution after the verb as the subject (de)', () => {
      const a = analyse('Den Schaden bezifferte die Stadtverwaltung auf drei Millionen Euro.', 'de')
      assert.equal(claimSource(a, 'drei Millionen'), 'Stadtverwaltung')
    })

    it('keeps the subject before the verb (en)', () => {
      const a = analyse('Foodwatch demanded that the pasta be recalled from all stores.', 'en')
      assert.equal(claimSource(a, 'pasta be recalled'), 'Foodwatch')
    })
  })

  describe('a pronoun that can only be a subject, after the verb, is the speaker', () => {
    it('takes `er` after the verb over the fronted object (de)', () => {
      const a = analyse(
        'Polizeisprecher Tom Ahrens äußerte sich am Abend. ' +
          'Die Tat bezeichnete er als feige und sinnlos.',
        'de'
      )
      assert.equal(claimSource(a, 'feige und sinnlos'), 'Tom Ahrens')
      assert.ok(!a.sources.some((s) => s.name === 'Tat'))
    })

    it('keeps the subject before the verb when `sie` after it may be the object (de)', () => {
      const a = analyse(
        'Die Ärztin Mia Roth sah die Patientin am Morgen. ' +
          'Die Kollegin bezeichnete sie als stabil.',
        'de'
      )
      assert.notEqual(claimSource(a, 'als stabil'), 'Mia Roth')
    })

    it('reads `he` before the verb as the speaker (en)', () => {
      const a = analyse(
        'Police spokesman Tom Ahrens spoke in the evening. ' +
          'He described the attack as cowardly and senseless.',
        'en'
      )
      assert.equal(claimSource(a, 'cowardly and senseless'), 'Tom Ahrens')
    })
  })

  describe('a dative pronoun before `zufolge` or after `according to` stands for someone named before', () => {
    it('resolves `ihm zufolge` to the person named before and names no source `Ihnen` (de)', () => {
      const a = analyse(
        'Bürgermeister Paul Frick legte den Haushalt vor. ' +
          'Die Stadt werde ihm zufolge 3 Millionen Euro sparen.',
        'de'
      )
      assert.equal(claimSource(a, '3 Millionen Euro'), 'Paul Frick')
      const b = analyse('Die Gewerkschaft Verdi legte Zahlen vor. Ihnen zufolge fehlen 300 Pflegekräfte.', 'de')
      assert.ok(!b.sources.some((s) => s.name === 'Ihnen'))
    })

    it('resolves `according to him` and leaves `them` without a person (en)', () => {
      const a = analyse(
        'Mayor Paul Frick presented the budget. According to him, ' +
          'the city will save 3 million dollars.',
        'en'
      )
      assert.equal(claimSource(a, '3 million dollars'), 'Paul Frick')
      const b = analyse(
        'Mayor Paul Frick presented the budget. According to them, ' +
          'the city will save 3 million dollars.',
        'en'
      )
      assert.notEqual(claimSource(b, '3 million dollars'), 'Paul Frick')
    })
  })

  describe('a pronoun stands for the nearest person its gender and number fit', () => {
    it('passes over a person whose role has the other gender (de)', () => {
      const a = analyse(
        'Der Landrat Jonas Kern sagte, 300 Wohnungen fehlten. ' +
          'Die Ministerin Anna Berg sagte, es gebe 40 Anträge. Er sagte, ' +
          'das reiche nicht für 12 Dörfer.',
        'de'
      )
      assert.equal(claimSource(a, '12 Dörfer'), 'Jonas Kern')
      const b = analyse(
        'Der Landrat Jonas Kern sagte, 300 Wohnungen fehlten. ' +
          'Die Ministerin Anna Berg sagte, es gebe 40 Anträge. Sie sagte, ' +
          'das reiche nicht für 12 Dörfer.',
        'de'
      )
      assert.equal(claimSource(b, '12 Dörfer'), 'Anna Berg')
    })

    it('gives `sie` with a plural verb to no single person (de)', () => {
      const a = analyse(
        'Die Ministerin Anna Berg sagte, es gebe 40 Anträge. ' +
          'Auch sie forderten mehr Geld für 12 Dörfer.',
        'de'
      )
      assert.notEqual(claimSource(a, '12 Dörfer'), 'Anna Berg')
    })

    it('gives `she` to the nearest person named before (en)', () => {
      const a = analyse(
        'Governor Jonas Kern said 300 homes were missing. ' +
          'Minister Anna Berg said there were 40 requests. ' +
          'She said that would not do for 12 villages.',
        'en'
      )
      assert.equal(claimSource(a, '12 villages'), 'Anna Berg')
    })
  })

  describe('a verb or a conjunction never belongs to a source name', () => {
    it('leaves the verb after a pronoun and a capitalised conjunction out of the source (de)', () => {
      const a = analyse(
        'Die Täter kamen aus Leeds. ' +
          'Sie entstammen Zeitungsberichten zufolge 3 Familien aus der Stadt.',
        'de'
      )
      assert.equal(a.claims[0]?.vagueSource?.text, 'Zeitungsberichten')
      const b = analyse('Da Mussawi der Minderheit angehöre, sagte Mussawi, seien 300 Stimmen verloren.', 'de')
      assert.deepEqual(b.sources.map((s) => s.name), ['Mussawi'])
    })

    it('keeps an adjective before the noun in the source (de)', () => {
      const a = analyse('Britischen Zeitungsberichten zufolge entstammen 3 Täter einer Familie.', 'de')
      assert.equal(a.claims[0]?.vagueSource?.text, 'Britischen Zeitungsberichten')
    })

    it('keeps the name after a capitalised conjunction in English (en)', () => {
      const a = analyse('Since Mussawi belonged to the minority, Mussawi said, 300 votes were lost.', 'en')
      assert.deepEqual(a.sources.map((s) => s.name), ['Mussawi'])
    })
  })
})
