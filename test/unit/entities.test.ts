// One source per entity, typed by the evidence the article gives: forms of address, plural
// camps, institutions named after their seat, joint speakers. Invented sentences, German and English.
import assert from 'node:assert/strict'
import type {Analysis, Source} from '../../src/core/index.js'
import {run, sourceOf} from './helpers.js'
import {lexiconFor} from '../../src/core/lexicon/index.js'
import {analyseParagraph} from '../../src/core/paragraph.js'

/** The source whose name or aliases hold `words`. */
function sourceNamed(analysis: Analysis, words: string): Source {
  const found = analysis.sources.find((s) => s.name === words || s.aliases.includes(words))
  if (!found) throw new Error(`no source “${words}” in [${analysis.sources.map((s) => s.name).join(' | ')}]`)
  return found
}

describe('entities', () => {
  describe('a form of address is no part of the name', () => {
    it('joins `Mr. Reyes` to the full name named before and keeps the form as an alias (en)', () => {
      const a = run(
        'The agency director, Carl T. Reyes, said 40 files were missing.\n\n' +
          'Mr. Reyes said 12 files had been found.',
        'en'
      )
      assert.equal(sourceOf(a, '40 files'), 'Carl T. Reyes')
      assert.equal(sourceOf(a, '12 files'), 'Carl T. Reyes')
      assert.equal(a.sources.length, 1)
      assert.ok(sourceNamed(a, 'Mr. Reyes').aliases.includes('Carl T. Reyes'))
      assert.equal(a.sources[0]?.type, 'person')
    })

    it('joins `Frau Brandt` to `Ministerin Anke Brandt` (de)', () => {
      const a = run(
        'Ministerin Anke Brandt sagte, 40 Schulen würden saniert. Frau Brandt sagte zudem, 12 Hallen fehlten.',
        'de'
      )
      assert.equal(sourceOf(a, '40 Schulen'), 'Anke Brandt')
      assert.equal(sourceOf(a, '12 Hallen'), 'Anke Brandt')
      assert.equal(a.sources.length, 1)
      assert.ok(a.sources[0]?.aliases.includes('Frau Brandt'))
    })

    it('keeps `Mr. Okafor` and `Ms. Okafor` apart: the forms say two people (en)', () => {
      const a = run('Mr. Okafor said 3 buses were late. Ms. Okafor said 5 trains were late.', 'en')
      assert.notEqual(sourceOf(a, '3 buses'), sourceOf(a, '5 trains'))
      assert.equal(a.sources.length, 2)
      assert.ok(a.sources.every((s) => s.type === 'person'))
    })

    it('makes a surname with a form of address a person, so `sie` reaches it (de)', () => {
      const a = run('Frau Kessler leitet das Heim. „Wir haben 30 Betten“, sagte sie.', 'de')
      assert.equal(sourceOf(a, '30 Betten'), 'Frau Kessler')
      assert.equal(sourceNamed(a, 'Frau Kessler').type, 'person')
    })

    it('does not let `he` stand for a woman addressed as `Mrs.` (en)', () => {
      const a = run('Mrs. Lindqvist opened the plant. He said 50 jobs were new.', 'en')
      assert.equal(sourceOf(a, '50 jobs'), 'vague')
    })
  })

  describe('plural camps are groups', () => {
    it('types `Republicans` and `Some Democrats` as groups, and one camp under one name (en)', () => {
      const a = run(
        'Republicans said 40 seats were safe. Some Democrats said 12 seats were lost. Democrats said 9 seats were won.',
        'en'
      )
      assert.equal(sourceNamed(a, 'Republicans').type, 'group')
      assert.equal(sourceOf(a, '12 seats'), 'Democrats')
      assert.equal(sourceOf(a, '9 seats'), 'Democrats')
      assert.equal(sourceNamed(a, 'Democrats').type, 'group')
    })

    it('does not let `he` stand for a camp, but `they` (en)', () => {
      const a = run('The Tories said 40 seats were safe. He said 12 seats were lost.', 'en')
      assert.equal(sourceOf(a, '12 seats'), 'vague')
      const b = run('The Tories said 40 seats were safe. They said 12 seats were lost.', 'en')
      assert.equal(sourceOf(b, '12 seats'), 'Tories')
      assert.equal(sourceNamed(b, 'Tories').type, 'group')
    })

    it('types `die Grünen` as a group (de)', () => {
      const a = run('Die Grünen teilten mit, 40 Brücken seien marode.', 'de')
      assert.equal(sourceOf(a, '40 Brücken'), 'Grünen')
      assert.equal(sourceNamed(a, 'Grünen').type, 'group')
    })

    it('keeps a bare surname that ends in s a person (en)', () => {
      const a = run('Jenkins said 40 seats were safe. He added that 12 seats were lost.', 'en')
      assert.equal(sourceNamed(a, 'Jenkins').type, 'person')
      assert.equal(sourceOf(a, '12 seats'), 'Jenkins')
    })

    it('types one name after an article as an institution, not a person (en)', () => {
      const a = run('The Pentagon said 40 jets were grounded. He said 12 jets were repaired.', 'en')
      assert.equal(sourceNamed(a, 'Pentagon').type, 'organization')
      assert.equal(sourceOf(a, '12 jets'), 'vague')
    })
  })

  describe('a lone surname as a subject', () => {
    it('stands for the person named in full, so a later `er` reaches him (de)', () => {
      const a = run(
        'Wie sein Anwalt Jens Wiegand mitteilte, sei Paul Roth unschuldig. Bis zuletzt blieb Paul Roth ohne Arbeit. ' +
          'Für all diese Fälle hat sich Wiegand eingesetzt. Wie er sagt, fehlen noch 12 Akten.',
        'de'
      )
      assert.equal(sourceOf(a, '12 Akten'), 'Jens Wiegand')
    })

    it('stands for the person named in full after a conjunction (en)', () => {
      const a = run(
        'Senator Maria Ortega spoke to Tom Baines on Monday. Tom Baines left early. But Ortega stayed. ' +
          'She said 40 schools would close.',
        'en'
      )
      assert.equal(sourceOf(a, '40 schools'), 'Maria Ortega')
    })

    it('is no source of its own when nobody of that name is named in full (de, en)', () => {
      const a = run('Gestern blieb Brenner zu Hause. „Wir haben 30 Betten“, sagte er.', 'de')
      assert.equal(a.sources.length, 0)
      assert.equal(sourceOf(a, '30 Betten'), 'vague')
      const b = run('But Ortega stayed. She said 40 schools would close.', 'en')
      assert.equal(b.sources.length, 0)
    })
  })

  describe('an authority named after its seat', () => {
    it('is named with its kind, never as the town (de)', () => {
      const a = run(
        'Die Staatsanwaltschaft Kassel teilte mit, 20 Menschen seien festgenommen worden. ' +
          'Die Staatsanwaltschaft erklärte, 7 Autos seien beschlagnahmt.',
        'de'
      )
      assert.equal(sourceOf(a, '20 Menschen'), 'Staatsanwaltschaft Kassel')
      assert.equal(sourceOf(a, '7 Autos'), 'Staatsanwaltschaft Kassel')
      assert.ok(!a.sources.some((s) => s.name === 'Kassel' || s.aliases.includes('Kassel')))
      assert.equal(a.sources[0]?.type, 'organization')
    })

    it('keeps a company named by its brand after its kind (de)', () => {
      const a = run('Der Konzern Nordwind teilte mit, 300 Räder seien verkauft.', 'de')
      assert.equal(sourceOf(a, '300 Räder'), 'Nordwind')
    })

    it('names an English authority by the seat before it (en)', () => {
      const a = run('The Kassel police said 20 people were arrested.', 'en')
      assert.equal(sourceOf(a, '20 people'), 'Kassel police')
    })
  })

  describe('a city administration is an organisation', () => {
    it('types `Stadtverwaltung` and `Rathaus` as organisations, so `sie` may stand for the first (de)', () => {
      const text = 'Die Stadtverwaltung teilte mit, 40 Stellen seien frei. Das Rathaus erklärte, 12 Ämter seien zu.'
      const a = run(text, 'de')
      assert.equal(sourceOf(a, '40 Stellen'), 'Stadtverwaltung')
      assert.equal(sourceOf(a, '12 Ämter'), 'Rathaus')
      assert.ok(a.sources.every((s) => s.type === 'organization'))
    })

    it('keeps a town spoken of as a speaker a group (de)', () => {
      const a = run('Die Stadt teilte mit, 40 Stellen seien unbesetzt.', 'de')
      assert.equal(a.sources[0]?.type, 'group')
    })
  })

  describe('joint speakers', () => {
    it('drops the `Both` of a coordination from the joint name (en)', () => {
      const a = run('Both Reyes and Fiorina said 30 people came.', 'en')
      assert.equal(sourceOf(a, '30 people'), 'Reyes and Fiorina')
      assert.ok(!a.sources[0]?.aliases.some((alias) => alias.startsWith('Both')))
    })

    it('reads coordinated genitives as one attribute, not as joint speakers (de)', () => {
      const a = run('Die Außenminister Frankreichs, Italiens und Spaniens erklärten, 40 Soldaten kämen.', 'de')
      assert.ok(!a.sources.some((s) => s.type === 'group' || s.aliases.includes('Italiens')))
      assert.equal(a.claims[0]?.source, a.sources[0]?.id)
      assert.equal(a.sources[0]?.mentions[0]?.text, 'Die Außenminister Frankreichs')
    })

    it('keeps institutions named with their seats joint speakers (de)', () => {
      const a = run('Polizei Lübeck und Zollamt Kiel teilten mit, 5 Waffen seien gefunden worden.', 'de')
      assert.equal(sourceOf(a, '5 Waffen'), 'Polizei Lübeck und Zollamt Kiel')
    })

    it('keeps `Beide` out of a name and reads a plural (de)', () => {
      const a = run('Beide Verbände teilten mit, 30 Betriebe seien betroffen.', 'de')
      assert.ok(!a.sources.some((s) => s.name.startsWith('Beide')))
    })
  })
})


describe('lone names as subjects', () => {
  // A capitalised word that opens a sentence is no evidence of a name (every German noun, any English first word):
  // registering it would make every typed sentence a new source phrase, and the merging run again.
  it('registers a lone name after the verb, not a capitalised word that opens the sentence (de)', () => {
    const lexicon = lexiconFor('de')
    assert.deepEqual(subjectTexts('Für den Verein hat sich Lierow eingesetzt.', lexicon), ['Lierow'])
    assert.deepEqual(subjectTexts('Bearbeitung 3: 21 Prozent.', lexicon), [])
  })

  it('registers a lone name after a conjunction, not a capitalised first word (en)', () => {
    const lexicon = lexiconFor('en')
    assert.deepEqual(subjectTexts('But Ortega stayed.', lexicon), ['Ortega'])
    assert.deepEqual(subjectTexts('Sales rose sharply.', lexicon), [])
  })
})

function subjectTexts(text: string, lexicon: ReturnType<typeof lexiconFor>): string[] {
  return analyseParagraph(text, lexicon).subjects.map((subject) => subject.text)
}
