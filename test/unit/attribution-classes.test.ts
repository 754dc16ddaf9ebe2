// Who says what: the speaker of a reporting verb and the words its claim covers
// (PATTERNS.md classes 1, 3, 6, 7, 13). Positive and negative sentences of our own.
import assert from 'node:assert/strict'
import {claimsOf, run, sourceOf} from './helpers.js'

describe('attribution classes', () => {
  describe('the object is never the speaker', () => {
    it('gives a coordinated verb the subject of the first verb (fordert gleiche Regeln)', () => {
      const text = 'Der Bauernverband schließt sich an und fordert niedrigere Abgaben für 300 Betriebe.'
      const a = run(text, 'de')
      assert.deepEqual(claimsOf(text, a), [{text: 'niedrigere Abgaben für 300 Betriebe.', source: 'Bauernverband'}])
    })

    it('reads a phrase with an oblique article before the verb as its object (Den Anstieg bezifferte …)', () => {
      const text = 'Den Anstieg der Diebstähle bezifferte die Behörde auf 14 Prozent.'
      const a = run(text, 'de')
      assert.notEqual(sourceOf(a, '14 Prozent'), 'Anstieg der Diebstähle')
      assert.ok(!a.sources.some((s) => s.name.includes('Anstieg')))
    })

    it('keeps a relative pronoun apart from the subject after it (den der Wetterdienst bestätigte)', () => {
      const text = 'Es war ein Wert von 41 Grad, den der Wetterdienst DWD später bestätigte.'
      const a = run(text, 'de')
      assert.equal(sourceOf(a, '41 Grad'), 'DWD')
    })

    it('still reads a fronted object before a named subject (Jungen Sparern empfiehlt …)', () => {
      const a = run('Jungen Sparern empfiehlt Bankchefin Ida Kern, 10 Prozent des Lohns anzulegen.', 'de')
      assert.equal(sourceOf(a, '10 Prozent'), 'Ida Kern')
    })
  })

  describe('English: the subject across an aside', () => {
    it('reads the subject before an apposition, not a pronoun after the verb', () => {
      const text = 'Mara Quist, an economist at the bank, said it was striking that 35 percent of firms had cut jobs.'
      const a = run(text, 'en')
      assert.equal(sourceOf(a, '35 percent'), 'Mara Quist')
      assert.deepEqual(claimsOf(text, a), [
        {text: 'it was striking that 35 percent of firms had cut jobs.', source: 'Mara Quist'}
      ])
    })

    it('takes the subject, not the addressee, after an aside (told Radio Kiel that)', () => {
      const text = 'Tom Reed, the head of the dockers’ union, told Radio Kiel that 300 members would strike.'
      const a = run(text, 'en')
      assert.equal(sourceOf(a, '300 members'), 'Tom Reed')
      assert.ok(!a.sources.some((s) => s.name === 'Radio Kiel'))
    })

    it('reads a subject before a relative clause longer than a short aside', () => {
      const text =
        'Ines Moor, who has run the food bank in the old harbour district since the city closed its own, ' +
        'told reporters that 90 families were waiting.'
      const a = run(text, 'en')
      assert.equal(sourceOf(a, '90 families'), 'Ines Moor')
    })

    it('keeps inversion after a quotation', () => {
      const a = run('"We need 70 more buses," said Tanja Weiss.', 'en')
      assert.equal(sourceOf(a, '70 more buses'), 'Tanja Weiss')
    })

    it('keeps a quote’s speaker after the quote when the quote holds a comma (German)', () => {
      const a = run(
        '„Uns fehlt ein bisschen der Rhythmus, weil wir 3 Spiele verloren haben“, sagt Trainerin Kim Berg.',
        'de'
      )
      assert.equal(sourceOf(a, '3 Spiele'), 'Kim Berg')
    })
  })

  describe('claim scope', () => {
    it('leaves the audience out of the claim (told about 200 staff that)', () => {
      const text = 'Director Lena Fox told about 200 staff that the plant would close.'
      const a = run(text, 'en')
      assert.equal(sourceOf(a, '200 staff'), 'none')
      assert.deepEqual(claimsOf(text, a), [{text: 'the plant would close.', source: 'Lena Fox'}])
    })

    it('leaves the addressee out in German too (sagte der Zeitung, dass)', () => {
      const text = 'Bürgermeister Jan Holt sagte der Zeitung, dass 40 Wohnungen leer stünden.'
      const a = run(text, 'de')
      assert.deepEqual(claimsOf(text, a), [{text: '40 Wohnungen leer stünden.', source: 'Jan Holt'}])
    })

    it('scopes `nach Angaben` inside a second clause to that clause', () => {
      const text = 'Die Ursache ist unklar, der Fahrer hatte nach Angaben der Polizei 1,4 Promille.'
      const a = run(text, 'de')
      assert.equal(sourceOf(a, '1,4 Promille'), 'Polizei')
      assert.deepEqual(claimsOf(text, a), [
        {text: 'der Fahrer hatte nach Angaben der Polizei 1,4 Promille', source: 'Polizei'}
      ])
    })

    it('still scopes a trailing `according to` clause to what came before', () => {
      const text = 'Exports fell by 6 percent, according to the statistics office Statec.'
      const a = run(text, 'en')
      assert.match(sourceOf(a, '6 percent'), /Statec$/u)
      assert.deepEqual(
        claimsOf(text, a).map((claim) => claim.text),
        ['Exports fell by 6 percent']
      )
    })

    it('takes no claim from a question put to the speaker, but from the answer', () => {
      const text = 'Asked about the delay, Rosa Lopez said, "We will hire 50 more people soon."'
      const a = run(text, 'en')
      assert.ok(claimsOf(text, a).every((claim) => !claim.text.includes('delay')))
      const short = 'Asked whether fares would rise, Kim Lee said they would.'
      assert.deepEqual(claimsOf(short, run(short, 'en')), [{text: 'they would.', source: 'Kim Lee'}])
    })
  })

  describe('verbs that report nothing here', () => {
    it('takes no claim from a negated verb', () => {
      assert.equal(run('The agency didn’t estimate how many people attended.', 'en').claims.length, 0)
      const a = run('Die Polizei hat die Zahl von 40 Verletzten bisher nicht bestätigt.', 'de')
      assert.equal(sourceOf(a, '40 Verletzten'), 'none')
    })

    it('still reads a verb that a negation does not touch', () => {
      const a = run('Die Polizei hat die Zahl von 40 Verletzten am Abend bestätigt.', 'de')
      assert.equal(sourceOf(a, '40 Verletzten'), 'Polizei')
      assert.equal(sourceOf(run('The agency estimated that 4,000 people attended.', 'en'), '4,000 people'), 'agency')
    })

    it('reads a plural noun after a preposition or before an auxiliary as a noun, not a verb', () => {
      assert.equal(run('Ferries sail twice a week, and reports must be filed within 48 hours.', 'en').claims.length, 0)
      assert.equal(run('Rents have risen less in states where prices are capped at 3 percent.', 'en').claims.length, 0)
    })

    it('reads the verb after a subject, before an infinitive marker, or as a participle after a preposition', () => {
      assert.equal(sourceOf(run('What Mayor Ann Holt says could cost the city 40 jobs.', 'en'), '40 jobs'), 'Ann Holt')
      assert.equal(
        sourceOf(run('Governor Tom Lake ended the debate by saying that 12 schools would close.', 'en'), '12 schools'),
        'Tom Lake'
      )
    })

    it('reads no capitalised noun as a Konjunktiv form (an zweiter Stelle)', () => {
      const a = run(
        'Der Verband sagte, 40 Prozent der Firmen seien betroffen. An zweiter Stelle liegt Bremen mit 12 Fällen.',
        'de'
      )
      assert.equal(sourceOf(a, '40 Prozent'), 'Verband')
      assert.equal(sourceOf(a, '12 Fällen'), 'none')
    })
  })
})
