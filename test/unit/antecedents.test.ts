// The right speaker behind a pronoun: subjects that must be registered as antecedents (behind sentence
// adverbs, asides and a fronted adverbial), and names that are no speakers (places, adjectives, fronted
// prepositions). Invented sentences, a positive and a negative case per class, in German and English.
import assert from 'node:assert/strict'
import type {Analysis} from '../../src/core/index.js'
import {run} from './helpers.js'

const texts = new WeakMap<Analysis, string>()

function analyse(text: string, language: 'de' | 'en'): Analysis {
  const analysis = run(text, language)
  texts.set(analysis, text)
  return analysis
}

/** The name of the source of the claim that holds `words`; `vague` or `none` when it has no named one. */
function claimSource(analysis: Analysis, words: string): string {
  const text = texts.get(analysis) ?? ''
  const found = analysis.claims.find((claim) => text.slice(claim.start, claim.end).includes(words))
  if (!found) {
    const all = analysis.claims.map((claim) => text.slice(claim.start, claim.end))
    throw new Error(`no claim with “${words}” in [${all.join(' | ')}]`)
  }
  if (found.source === null) return found.vagueSource ? 'vague' : 'none'
  return analysis.sources.find((source) => source.id === found.source)?.name ?? '?'
}

describe('antecedents of pronouns', () => {
  describe('a subject after the finite verb, where an adverbial opens the sentence', () => {
    it('registers the role and name after the verb (de)', () => {
      const a = analyse(
        'Auf einer Tagung in Kassel stellte die Landrätin, Maria Kowalski, am Dienstag den Haushalt vor. ' +
          'Sie sagte, die Kreisumlage werde nicht steigen.',
        'de'
      )
      assert.equal(claimSource(a, 'Kreisumlage werde'), 'Maria Kowalski')
    })

    it('takes no object after the verb for the subject (de)', () => {
      // `dem Bürgermeister` is dative, `der Ministerin` after a verb dative too: neither says anything.
      const a = analyse(
        'Im Rathaus dankte der Ministerin Paula Henning der Stadtrat für die Hilfe. ' +
          'Sie sagte, das Geld reiche noch bis zum Herbst.',
        'de'
      )
      assert.notEqual(claimSource(a, 'Geld reiche'), 'Paula Henning')
    })
  })

  describe('a subject behind a sentence adverb or an aside', () => {
    it('reads past `Auch` at the start of the sentence (de)', () => {
      const a = analyse(
        'Auch der Bürgermeister Jonas Feld lehnte den Antrag ab. Er erklärte, die Kasse sei leer.',
        'de'
      )
      assert.equal(claimSource(a, 'Kasse sei leer'), 'Jonas Feld')
    })

    it('takes the name in apposition after a long description (de)', () => {
      const a = analyse(
        'Der als streng geltende frühere Präsident des Rechnungshofs von 1998 bis 2004, Bernd Albers, ' +
          'kritisierte den Plan. Er sagte, das Projekt werde viel teurer.',
        'de'
      )
      assert.equal(claimSource(a, 'Projekt werde'), 'Bernd Albers')
    })

    it('reads past `But` at the start of the sentence (en)', () => {
      const a = analyse(
        'But Senator Ruth Calder rejected the plan on Friday. "We cannot pay for it this year," she said.',
        'en'
      )
      assert.equal(claimSource(a, 'cannot pay'), 'Ruth Calder')
    })

    it('keeps a middle initial inside the name in apposition (en)', () => {
      const a = analyse(
        'When the city manager, Laura J. Finch, spoke on Monday, the council listened. ' +
          'She said the budget would balance by June.',
        'en'
      )
      assert.equal(claimSource(a, 'budget would balance'), 'Laura J. Finch')
    })

    it('does not take a list after a comma for a name in apposition (de)', () => {
      const a = analyse(
        'Der Verband lud Vertreter aus Kiel, Lübeck und Flensburg ein. Er teilte mit, das Treffen finde im Mai statt.',
        'de'
      )
      assert.ok(!a.sources.some((source) => source.name.includes('Lübeck')))
    })
  })

  describe('names that are no speakers', () => {
    it('passes over a place in an aside for the subject before it (en)', () => {
      const a = analyse(
        'Calder, at a school board meeting in Dayton, Ohio, said the district would hire 40 teachers.',
        'en'
      )
      assert.equal(claimSource(a, 'district would hire'), 'Calder')
      assert.ok(!a.sources.some((source) => source.name === 'Ohio'))
    })

    it('keeps a name in an aside after a role (de)', () => {
      const a = analyse('Der Sprecher der Stadtwerke, Olaf Brink, sagte, die Preise würden im Herbst steigen.', 'de')
      assert.equal(claimSource(a, 'Preise würden'), 'Olaf Brink')
    })

    it('takes no capitalised adjective after a preposition for the subject of a participle (en)', () => {
      const a = analyse(
        'Senator Ruth Calder criticised the plans of the Democratic leadership, saying they would cost 300 jobs.',
        'en'
      )
      assert.equal(claimSource(a, 'cost 300 jobs'), 'Ruth Calder')
      const b = analyse('Mayor Tom Reyes spoke at Irish heritage events, telling voters the park would reopen.', 'en')
      assert.equal(claimSource(b, 'park would reopen'), 'Tom Reyes')
    })

    it('takes the subject, not the name after `with`, for a participle after a comma (en)', () => {
      const a = analyse('Tom Reyes met with Ruth Calder on Monday, saying the park would reopen in May.', 'en')
      assert.equal(claimSource(a, 'park would reopen'), 'Tom Reyes')
      const b = analyse('Ruth Calder praised the plan, saying the park would reopen in May.', 'en')
      assert.equal(claimSource(b, 'park would reopen'), 'Ruth Calder')
    })

    it('takes `he` before a participle, not a word inside the quotation (en)', () => {
      const a = analyse(
        'Tom Reyes spoke on Monday. "I\'ll have to wait for the report," he said, while also saying that he expects ' +
          'a decision by June.',
        'en'
      )
      assert.equal(claimSource(a, 'decision by June'), 'Tom Reyes')
      assert.ok(!a.sources.some((source) => source.name.startsWith('I')))
    })

    it('reads no name in a sentence that opens with `Among` or `Following` (en)', () => {
      const a = analyse(
        'Senator Ruth Calder spoke after the vote. Following Reyes, she said the vote would be held in May. ' +
          'Among Democrats, she said, the mood was calm.',
        'en'
      )
      assert.equal(claimSource(a, 'vote would be held'), 'Ruth Calder')
      assert.ok(!a.sources.some((source) => /Following|Among/.test(source.name)))
    })

    it('takes no dateline in capitals for a subject (en)', () => {
      const a = analyse('DAYTON - The district hired 40 teachers, and he said more would follow.', 'en')
      assert.ok(!a.sources.some((source) => source.name === 'DAYTON'))
      const b = analyse('The NAACP welcomed the plan. It said the district had hired 40 teachers.', 'en')
      assert.equal(claimSource(b, 'district had hired'), 'NAACP')
    })
  })

  describe('`sie` for an institution whose head noun is feminine', () => {
    it('takes the institution named as the subject before (de)', () => {
      const a = analyse(
        'Die Staatsanwaltschaft Kassel nahm die Ermittlungen auf. ' +
          'Sie erklärte, der Schaden betrage zwei Millionen Euro.',
        'de'
      )
      assert.match(claimSource(a, 'Schaden betrage'), /Kassel/)
    })

    it('takes no masculine institution for `sie`, and a nearer person first (de)', () => {
      const a = analyse(
        'Der Konzern Nordwind meldete Verluste. Sie erklärte, der Schaden betrage zwei Millionen Euro.',
        'de'
      )
      assert.equal(claimSource(a, 'Schaden betrage'), 'none')
      const b = analyse(
        'Die Staatsanwaltschaft Kassel nahm die Ermittlungen auf. Bürgermeisterin Anna Berg besuchte die Stadt. ' +
          'Sie erklärte, der Schaden betrage zwei Millionen Euro.',
        'de'
      )
      assert.equal(claimSource(b, 'Schaden betrage'), 'Anna Berg')
    })

    it('leaves English `she` to people (en)', () => {
      const a = analyse('The Harbor Commission met on Monday. She said the pier would reopen in May.', 'en')
      assert.equal(claimSource(a, 'pier would reopen'), 'none')
    })
  })
})
