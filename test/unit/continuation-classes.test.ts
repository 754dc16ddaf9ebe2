// Classes of the document pass and of continued speech: which source a later sentence
// or pronoun goes on with. Positive and negative sentences of our own.
import assert from 'node:assert/strict'
import {claimsOf, run, sourceOf} from './helpers.js'

describe('continuation classes', () => {
  describe('a plural pronoun after unnamed speakers', () => {
    it('gives `They said` the unnamed officials between it and the named source (vague)', () => {
      const text =
        'The city police said 40 cars were stolen. Officials said the thefts began in May. ' +
        'They said 12 suspects were arrested.'
      const a = run(text, 'en')
      assert.equal(sourceOf(a, '40 cars'), 'city police')
      assert.equal(sourceOf(a, '12 suspects'), 'vague')
      assert.deepEqual(claimsOf(text, a).at(-1), {text: '12 suspects were arrested.', source: 'vague'})
    })

    it('still gives `They said` the named source when no unnamed speaker stands between', () => {
      const a = run('The city police said 40 cars were stolen. They said 12 suspects were arrested.', 'en')
      assert.equal(sourceOf(a, '12 suspects'), 'city police')
    })

    it('reads unnamed German speakers as many by their plural verb (Anwohner sagten … Sie sagten …)', () => {
      const text =
        'Die Polizei teilte mit, 40 Autos seien gestohlen worden. Anwohner sagten, die Serie habe im Mai begonnen. ' +
        'Sie sagten, 12 Verdächtige seien festgenommen worden.'
      const a = run(text, 'de')
      assert.equal(sourceOf(a, '40 Autos'), 'Polizei')
      assert.equal(sourceOf(a, '12 Verdächtige'), 'vague')
    })

    it('still gives German `Sie sagten` the named source right before it', () => {
      const a = run('Die Stadtwerke teilten mit, 40 Busse seien ausgefallen. Sie sagten, 12 Fahrer seien krank.', 'de')
      assert.equal(sourceOf(a, '12 Fahrer'), 'Stadtwerke')
    })

    it('lets unnamed speakers before the named source take nothing from it', () => {
      const text =
        'Officials said the thefts began in May. The city police said 40 cars were stolen. ' +
        'They said 12 suspects were arrested.'
      assert.equal(sourceOf(run(text, 'en'), '12 suspects'), 'city police')
    })
  })

  describe('a colon after the reporting verb and its object opens the claim', () => {
    it('claims the words after the colon, not the adverbial before an inverted subject', () => {
      const claim = 'So will die Bahn jährlich um 4 Prozent wachsen.'
      const text = `Mit dem Plan «Bahn 2030» nannte der Vorstand seine Ziele: ${claim}`
      const a = run(text, 'de')
      assert.deepEqual(claimsOf(text, a), [{text: claim, source: 'Vorstand'}])
      assert.equal(sourceOf(a, '4 Prozent'), 'Vorstand')
    })

    it('reads `dokumentieren` as reporting with a group as subject (die Länder dokumentieren …: …)', () => {
      const a = run('Auch die südlichen Länder dokumentieren einen hohen Bedarf: In Bayern fehlen 300 Pfleger.', 'de')
      assert.equal(sourceOf(a, '300 Pfleger'), 'südlichen Länder')
    })

    it('leaves a quotation after the colon to its speaker', () => {
      const text = 'Im Interview nannte Ministerin Eva Roth ihre Ziele: „Wir bauen in diesem Jahr 400 Wohnungen.“'
      const a = run(text, 'de')
      assert.equal(sourceOf(a, '400 Wohnungen'), 'Eva Roth')
      assert.equal(a.figures[0]?.via, 'quote')
    })

    it('keeps the inverted English speech tag claiming the quotation before it', () => {
      const text = '"We need 70 more buses in the north," said Tanja Weiss.'
      const a = run(text, 'en')
      assert.deepEqual(claimsOf(text, a), [{text: 'We need 70 more buses in the north,', source: 'Tanja Weiss'}])
    })
  })

  describe('scale words', () => {
    it('reads the Indian scale words lakh and crore as scales', () => {
      const a = run('Police seized 2 lakh tablets worth Rs 7 crore.', 'en')
      assert.deepEqual(
        a.figures.map((f) => [f.text, f.value]),
        [
          ['2 lakh tablets', 200000],
          ['7 crore', 70000000]
        ]
      )
    })

    it('scales both ends of a range by the scale after its end', () => {
      const en = run('Drugs worth 60-70 crore and 10 to 12 million pills were seized.', 'en')
      assert.deepEqual(
        en.figures.map((f) => [f.value, f.valueMax]),
        [
          [600000000, 700000000],
          [10000000, 12000000]
        ]
      )
      const de = run('Der Umbau kostet 100 bis 120 Millionen Euro.', 'de')
      assert.deepEqual([de.figures[0]?.value, de.figures[0]?.valueMax], [100000000, 120000000])
    })

    it('leaves a range start with its own scale as it is', () => {
      const a = run('Der Umbau kostet 2,5 Mio. bis 3 Mio. Euro.', 'de')
      assert.deepEqual([a.figures[0]?.value, a.figures[0]?.valueMax], [2500000, 3000000])
    })
  })
})
