// English reported speech the engine missed, by class: `according to` a source with a
// modifier after it; the bare form of a verb after a plural subject (`critics argue`); naming
// with a quoted predicate (`called the plan “a disaster”`) and `call on`; `suggest` with a
// person's clause; an adjunct participle (`…, saying`) sharing the sentence's subject; unnamed
// speakers (`a source`, `several senators`, `a senior adviser`).
// Invented sentences, a positive and a negative case per class, asserting what each
// claim covers and who said it.
import assert from 'node:assert/strict'
import {claimsOf, run, vagueWords} from './helpers.js'

describe('english recall', () => {
  describe('`according to` a source with a modifier after it', () => {
    it('reports the clause before `according to a report on Monday` and `officials familiar with …` (en)', () => {
      const text = 'The bridge will stay closed until May, according to a council report on Monday.'
      assert.deepEqual(claimsOf(text, run(text, 'en'), vagueWords), [
        {text: 'The bridge will stay closed until May', source: 'a council report'}
      ])
      const other = 'The ferry service lost money for six years, according to officials familiar with its accounts.'
      assert.deepEqual(claimsOf(other, run(other, 'en'), vagueWords), [
        {text: 'The ferry service lost money for six years', source: 'officials'}
      ])
    })

    it('keeps a clause that goes on after the source where the verb comes second (de)', () => {
      const text = 'Der Unfall geschah am Morgen, laut Polizei in Bremen war der Fahrer stark betrunken.'
      const claims = claimsOf(text, run(text, 'de'), vagueWords)
      assert.equal(claims.length, 1)
      assert.ok(claims[0]?.text.includes('war der Fahrer stark betrunken'))
      assert.ok(!claims[0]?.text.includes('Unfall'))
    })

    it('keeps `according to` inside its clause when a clause follows the source (en)', () => {
      const text = 'The mayor left early, and according to the police the driver was not drunk.'
      const claims = claimsOf(text, run(text, 'en'), vagueWords)
      assert.ok(claims.every((claim) => !claim.text.includes('mayor left')))
    })
  })

  describe('the bare form after a plural subject (`critics argue that`)', () => {
    it('reads `argue`, `insist` and `agree` in the present plural (en)', () => {
      const text = 'Critics argue that the new bridge will cost twice as much as planned.'
      assert.deepEqual(claimsOf(text, run(text, 'en'), vagueWords), [
        {text: 'the new bridge will cost twice as much as planned.', source: 'Critics'}
      ])
      const other = 'Most economists agree that rents will keep rising this year.'
      assert.deepEqual(claimsOf(other, run(other, 'en'), vagueWords), [
        {text: 'rents will keep rising this year.', source: 'Most economists'}
      ])
    })

    it('reads no claim from an infinitive, even after a perfect auxiliary earlier in the clause (en)', () => {
      const text = 'The firm has hired a team of lawyers to argue that the contract was void.'
      assert.deepEqual(claimsOf(text, run(text, 'en'), vagueWords), [])
      const other = 'Since Monday, Anna Lee has led a campaign to condemn the council for the closures.'
      assert.deepEqual(claimsOf(other, run(other, 'en'), vagueWords), [])
    })

    it('reads no claim from an infinitive after a perfect auxiliary (de)', () => {
      const text = 'Der Verband hat lange gezögert, die neuen Zahlen der Stadt zu bestätigen.'
      assert.deepEqual(claimsOf(text, run(text, 'de'), vagueWords), [])
    })
  })

  describe('naming with a quoted predicate (`called the plan “a disaster”`) and `call on`', () => {
    it('reads a person, a group or a pronoun calling something by a quotation (en)', () => {
      const text = 'Mayor Anna Lee called the plan “a disaster for the city and its people.”'
      assert.deepEqual(claimsOf(text, run(text, 'en'), vagueWords), [
        {text: 'the plan “a disaster for the city and its people.”', source: 'Anna Lee'}
      ])
      const other = 'Critics have called the bridge “a monument to waste” since it opened.'
      assert.deepEqual(claimsOf(other, run(other, 'en'), vagueWords), [
        {text: 'the bridge “a monument to waste” since it opened.', source: 'Critics'}
      ])
    })

    it('reads `nannte den Plan „…“` as before (de)', () => {
      const text = 'Bürgermeisterin Anna Lenz nannte den Plan „eine Katastrophe für die ganze Stadt“.'
      assert.deepEqual(claimsOf(text, run(text, 'de'), vagueWords), [
        {text: 'den Plan „eine Katastrophe für die ganze Stadt“.', source: 'Anna Lenz'}
      ])
    })

    it('reads no claim from a name given by a participle, or from `call` without a quotation (en)', () => {
      for (const text of [
        'The union founded a company called “Blue Sky Transport” in 2019.',
        'The firm used a tax loophole called an “inversion” to move abroad.',
        'Anna Lee called the meeting to discuss the budget that the council passed.'
      ])
        assert.deepEqual(claimsOf(text, run(text, 'en'), vagueWords), [], text)
    })

    it('reads `called on X to` as a demand (en)', () => {
      const text = 'Anna Lee called on the council to raise taxes by next year.'
      assert.deepEqual(claimsOf(text, run(text, 'en'), vagueWords), [
        {text: 'the council to raise taxes by next year.', source: 'Anna Lee'}
      ])
    })
  })

  describe('`suggest` and `indicate`: data alone, a person with a clause', () => {
    it('reads a person suggesting a clause, through an auxiliary too (en)', () => {
      const text = 'Anna Lee has suggested that the council would raise taxes next year.'
      assert.deepEqual(claimsOf(text, run(text, 'en'), vagueWords), [
        {text: 'the council would raise taxes next year.', source: 'Anna Lee'}
      ])
    })

    it('still reads figures suggesting a noun phrase (en), and `nahelegen` with data (de)', () => {
      const text = 'The figures suggest a rise of 20 percent in thefts.'
      assert.deepEqual(claimsOf(text, run(text, 'en'), vagueWords), [
        {text: 'a rise of 20 percent in thefts.', source: 'The figures'}
      ])
      const german = 'Die Zahlen legen einen Anstieg der Diebstähle um 20 Prozent nahe.'
      assert.equal(run(german, 'de').claims.length, 1)
    })

    it('reads no claim from a person suggesting a noun, or from a thing suggesting a clause (en)', () => {
      for (const text of [
        'Anna Lee suggested a meeting with the council next week.',
        'The move suggests that the company wants to sell the plant.'
      ])
        assert.deepEqual(claimsOf(text, run(text, 'en'), vagueWords), [], text)
    })
  })

  describe('an adjunct participle shares the subject of its sentence (`…, saying`)', () => {
    it('gives `saying` after a pronoun subject the person it stands for (en)', () => {
      const text =
        'Mayor Anna Lee spoke on Monday. She outlined her budget, saying the city would hire 40 more teachers.'
      assert.deepEqual(claimsOf(text, run(text, 'en'), vagueWords), [
        {text: 'the city would hire 40 more teachers.', source: 'Anna Lee'}
      ])
    })

    it('gives `writing` the subject, not the object named nearer to it (en)', () => {
      const text = 'Tom Reed corrected Governor Ann Moss, writing on his blog that the figures were wrong.'
      assert.deepEqual(claimsOf(text, run(text, 'en'), vagueWords), [
        {text: 'the figures were wrong.', source: 'Tom Reed'}
      ])
    })

    it('reads no dateline and no possessive name as the subject (en)', () => {
      const text = 'BUFFALO — Coach Ben Ortiz hailed his goalie, saying he always finds a way to score.'
      assert.deepEqual(claimsOf(text, run(text, 'en'), vagueWords), [
        {text: 'he always finds a way to score.', source: 'Ben Ortiz'}
      ])
      const other = 'Tom Reed met reporters after Mr. Lee’s speech, saying the budget would hold.'
      assert.deepEqual(claimsOf(other, run(other, 'en'), vagueWords), [
        {text: 'the budget would hold.', source: 'Tom Reed'}
      ])
    })

    it('leaves German, where no participle reports, as it was (de)', () => {
      const text = 'Bürgermeisterin Anna Lenz sprach am Montag und sagte, die Stadt stelle 40 Lehrer ein.'
      assert.deepEqual(claimsOf(text, run(text, 'de'), vagueWords), [
        {text: 'die Stadt stelle 40 Lehrer ein.', source: 'Anna Lenz'}
      ])
    })
  })

  describe('unnamed speakers: `a source`, `several senators`, `a senior adviser`', () => {
    it('reads them as vague sources (en)', () => {
      const text = 'A source said the campaign balked at the price of the survey.'
      assert.deepEqual(claimsOf(text, run(text, 'en'), vagueWords), [
        {text: 'the campaign balked at the price of the survey.', source: 'A source'}
      ])
      const other = 'That is a fair deal for the city, said a senior adviser to the mayor.'
      assert.deepEqual(claimsOf(other, run(other, 'en'), vagueWords), [
        {text: 'That is a fair deal for the city', source: 'a senior adviser'}
      ])
    })

    it('keeps `the source of …` a topic, with the speaker who reports it (en), and `Quellen` vague (de)', () => {
      const text = 'The source of the leak is still unknown, officials said.'
      assert.deepEqual(claimsOf(text, run(text, 'en'), vagueWords), [
        {text: 'The source of the leak is still unknown', source: 'officials'}
      ])
      const german = 'Die Ursache des Lecks sei noch unklar, sagten Quellen aus dem Ministerium.'
      const claims = run(german, 'de').claims
      assert.equal(claims.length, 1)
      assert.equal(claims[0]?.source, null)
    })
  })
})
