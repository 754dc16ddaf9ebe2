// Attribution phrase variants and verbs that report only with a clause (PATTERNS.md classes 1, 6, 7).
// Positive and negative sentences of our own, German and English.
import assert from 'node:assert/strict'
import {claimsOf, run, sourceOf} from './helpers.js'

describe('attribution variants', () => {
  describe('own account: the source is the subject of the clause', () => {
    it('reads the subject after the fronted phrase and verb (nach eigenen Angaben, eigenen Angaben zufolge)', () => {
      assert.match(
        sourceOf(run('Nach eigenen Angaben betreute der Verein Lichtblick 450 Familien.', 'de'), '450 Familien'),
        /Lichtblick/
      )
      assert.match(
        sourceOf(run('Eigenen Angaben zufolge hat die Reederei Nordkap 14 Schiffe verkauft.', 'de'), '14 Schiffe'),
        /Nordkap/
      )
    })

    it('reads the subject before the phrase inside the clause', () => {
      assert.match(
        sourceOf(
          run('Die Brauerei Altwerk füllte nach eigenen Angaben 2 Millionen Flaschen ab.', 'de'),
          '2 Millionen Flaschen'
        ),
        /Altwerk/
      )
    })

    it('reads the subject in English, before or after the phrase (by its own account)', () => {
      assert.equal(
        sourceOf(run('By its own account, Greenline sold 8,000 trees last spring.', 'en'), '8,000 trees'),
        'Greenline'
      )
      assert.equal(
        sourceOf(run('Greenline sold 8,000 trees last spring, by its own account.', 'en'), '8,000 trees'),
        'Greenline'
      )
    })

    it('gives no source to a phrase without an own account (nach Abschluss)', () => {
      assert.equal(sourceOf(run('Nach Abschluss der Arbeiten fahren wieder 40 Busse.', 'de'), '40 Busse'), 'none')
    })
  })

  describe('the source inside a compound or after a genitive', () => {
    it('names the acronym before the hyphen (nach NDR-Recherchen)', () => {
      assert.equal(
        sourceOf(run('Nach NDR-Recherchen fehlen in den Kliniken 900 Pflegekräfte.', 'de'), '900 Pflegekräfte'),
        'NDR'
      )
    })

    it('gives a closed compound a vague source (nach Polizeiangaben)', () => {
      assert.equal(sourceOf(run('Nach Polizeiangaben wurden 7 Menschen verletzt.', 'de'), '7 Menschen'), 'vague')
    })

    it('reads the genitive after a plan or a research (nach den Plänen des Senats, nach Recherchen von)', () => {
      assert.match(
        sourceOf(run('Nach den Plänen des Senats sollen 35 Brücken erneuert werden.', 'de'), '35 Brücken'),
        /Senat/
      )
      const text = 'Nach Recherchen von NDR und WDR fehlen 900 Pflegekräfte.'
      const a = run(text, 'de')
      assert.equal(sourceOf(a, '900 Pflegekräfte'), 'NDR')
      // The second source is no part of what was reported.
      assert.deepEqual(claimsOf(text, a), [{text: 'fehlen 900 Pflegekräfte.', source: 'NDR'}])
    })
  })

  describe('an impersonal cue with its source after a preposition', () => {
    it('names an institution after in/aus (hieß es in der Mitteilung des Ministeriums, aus dem Rathaus)', () => {
      assert.match(
        sourceOf(
          run('Die Kosten könnten auf 60 Millionen Euro steigen, hieß es in der Mitteilung des Ministeriums.', 'de'),
          '60 Millionen Euro'
        ),
        /Ministerium/
      )
      assert.match(
        sourceOf(run('Aus dem Innenministerium hieß es, 120 Beamte seien im Einsatz.', 'de'), '120 Beamte'),
        /Innenministerium/
      )
    })

    it('keeps a place or a bare document vague (aus der Ukraine hieß es, in einer Erklärung)', () => {
      assert.equal(sourceOf(run('Aus der Region hieß es, 30 Dörfer seien ohne Strom.', 'de'), '30 Dörfer'), 'vague')
      assert.equal(sourceOf(run('Die Zahl könne auf 90 steigen, hieß es in einer Erklärung.', 'de'), '90'), 'vague')
    })
  })

  describe('verbs that report only with a clause', () => {
    it('gives no claim to a noun object alone (erklärte die Hintergründe, berichtete über)', () => {
      const a = run('Am Montag erklärte die Staatsanwaltschaft die Hintergründe der 4 Festnahmen.', 'de')
      assert.deepEqual(a.claims, [])
      assert.equal(sourceOf(a, '4 Festnahmen'), 'none')
      assert.deepEqual(run('Die Zeitung berichtete über 3 Kundgebungen, die friedlich blieben.', 'de').claims, [])
    })

    it('still reports with a clause, a colon or a Konjunktiv I (erklärte, …; erklärte: …)', () => {
      assert.equal(
        sourceOf(run('Die Staatsanwaltschaft erklärte, 4 Männer seien festgenommen worden.', 'de'), '4 Männer'),
        'Staatsanwaltschaft'
      )
      assert.equal(
        sourceOf(run('Die Staatsanwaltschaft erklärte: 4 Männer wurden festgenommen.', 'de'), '4 Männer'),
        'Staatsanwaltschaft'
      )
      // `Das` stands for the sentence before: its content, not a noun object.
      assert.equal(
        sourceOf(run('Es brannten 12 Häuser. Das erklärte ein Sprecher der Feuerwehr.', 'de'), '12 Häuser'),
        'Feuerwehr'
      )
    })

    it('reads a belief as a claim only with a clause (glaubt Händlerin …, not glaubt an)', () => {
      assert.equal(
        sourceOf(run('Die Mieten würden um 6 Prozent steigen, glaubt Maklerin Jana Wolff.', 'de'), '6 Prozent'),
        'Jana Wolff'
      )
      assert.deepEqual(run('Sie glaubt an 3 Schutzengel.', 'de').claims, [])
    })

    it('English: stressed that reports, stressed the engine does not', () => {
      assert.equal(
        sourceOf(run('Mayor Ines Harlow stressed that 55 percent of the budget goes to roads.', 'en'), '55 percent'),
        'Ines Harlow'
      )
      const a = run('The driver stressed the engine on the test track for 30 laps.', 'en')
      assert.deepEqual(a.claims, [])
      assert.equal(sourceOf(a, '30 laps'), 'none')
    })

    it('English: describe with an as-complement still reports (described the plan as)', () => {
      const text = 'Council member Ada Brook described the plan as a gamble with 40 million dollars.'
      assert.deepEqual(claimsOf(text, run(text, 'en')), [
        {text: 'the plan as a gamble with 40 million dollars.', source: 'Ada Brook'}
      ])
    })
  })
  describe('claim scope after a speech tag', () => {
    it('carries the speaker on into a Konjunktiv I clause after the tag (sagt … – aber 30 Stellen seien offen)', () => {
      assert.equal(
        sourceOf(
          run('„Wir sind stolz“, sagt Rektorin Olga Kranz – aber 25 Plätze seien noch frei.', 'de'),
          '25 Plätze'
        ),
        'Olga Kranz'
      )
      // Indicative after the tag: the writer's own words.
      assert.equal(
        sourceOf(run('„Wir sind stolz“, sagt Rektorin Olga Kranz – 25 Plätze sind noch frei.', 'de'), '25 Plätze'),
        'none'
      )
    })

    it('leaves a closing relative clause in the indicative to the writer (which drew …)', () => {
      const text = 'Aide Rob Lund said the governor would open the fair, which drew 9,000 visitors last year.'
      const a = run(text, 'en')
      assert.equal(sourceOf(a, '9,000 visitors'), 'none')
      assert.deepEqual(claimsOf(text, a), [{text: 'the governor would open the fair', source: 'Aide Rob Lund'}])
    })

    it('keeps a relative clause inside what was said (the plan, which costs …, would fail)', () => {
      assert.equal(
        sourceOf(
          run('Mayor Rita Holm said the bridge, which costs 8 million dollars, would open in May.', 'en'),
          '8 million dollars'
        ),
        'Rita Holm'
      )
    })

    it('reads no claim into a passive agent (confirmed by the Senate)', () => {
      const text = 'The board named Ann Vos, who was nominated in 2019 and confirmed by the Senate with 61 votes.'
      assert.deepEqual(run(text, 'en').claims, [])
    })
  })
  describe('a fronted prepositional object of a speech verb', () => {
    it('reads Vom „…“ sprach X as a claim of the speaker after the verb', () => {
      const text = 'Von einem Fehlbetrag von 4 Millionen Euro sprach Kämmerer Ralf Sommer.'
      const a = run(text, 'de')
      assert.equal(sourceOf(a, '4 Millionen Euro'), 'Ralf Sommer')
      assert.deepEqual(claimsOf(text, a), [{text, source: 'Ralf Sommer'}])
    })

    it('reads no claim without a speaker (Von den 300 Gästen sprach kaum einer)', () => {
      assert.deepEqual(run('Von den 300 Gästen sprach kaum einer.', 'de').claims, [])
    })
  })
})
