// Classes of error behind the weak English dev articles, and vague speakers:
// echoes of vague magnitudes and hyphenated counts, poll respondents, names
// joined by `&`, documents compiled by a named source, unnamed members of an
// institution, groups as speakers. Invented sentences, a positive and a negative
// case per class, in English and German.
import assert from 'node:assert/strict'
import {figure, run, sourceOf} from './helpers.js'

describe('english classes', () => {
  describe('echo of a vague magnitude and of a hyphenated count', () => {
    it('echoes the same vague words and noun, and a count in a hyphenated modifier (en)', () => {
      const a = run(
        'Thieves reach thousands of tenants in a 40-flat block\n\n' +
          'The housing board said thieves reached thousands of tenants in 40 flats.',
        'en'
      )
      assert.equal(a.figures[0]?.text, 'thousands of tenants')
      assert.equal(a.figures[0]?.via, 'echo')
      assert.equal(sourceOf(a, 'thousands of tenants'), a.sources[0]?.name)
      assert.equal(figure(a, '40-flat').via, 'echo')
    })

    it('echoes Tausende Mieter by the same words (de)', () => {
      const a = run(
        'Tausende Mieter ohne Heizung\n\nTausende Mieter sind nach Angaben der Stadtwerke ohne Heizung.',
        'de'
      )
      assert.equal(a.figures[0]?.via, 'echo')
      assert.equal(sourceOf(a, 'Tausende Mieter'), 'Stadtwerke')
    })

    it('does not echo another vague word or another noun (en, de)', () => {
      const a = run(
        'Hundreds of tenants and thousands of owners wait\n\nThe housing board said thousands of tenants were waiting.',
        'en'
      )
      assert.equal(sourceOf(a, 'Hundreds of tenants'), 'none')
      assert.equal(sourceOf(a, 'thousands of owners'), 'none')
      const b = run('Tausende Pendler warten\n\nTausende Mieter sind nach Angaben der Stadtwerke ohne Heizung.', 'de')
      assert.equal(sourceOf(b, 'Tausende Pendler'), 'none')
    })
  })

  describe('poll respondents are no source; the poll named in the sentence is', () => {
    it('gives a share of respondents the survey named in the sentence (en)', () => {
      const a = run("In the Lakeside Institute's spring survey, 48 percent of farmers reported losses.", 'en')
      assert.match(sourceOf(a, '48 percent'), /Lakeside Institute/)
      assert.equal(a.claims.length, 1)
      assert.equal(a.claims[0]?.start, 0)
    })

    it('makes no source of the respondents when no poll is named (en, de)', () => {
      const a = run(
        'The turnout was low. 61 percent of Democrats said they would vote again, and half of the voters agreed.',
        'en'
      )
      assert.equal(sourceOf(a, '61 percent'), 'none')
      assert.ok(!a.sources.some((s) => /Democrats|voters/u.test(s.name)))
      const b = run('Die Wahl ist vorbei. 60 Prozent der Befragten sagten, sie würden wieder wählen.', 'de')
      assert.equal(sourceOf(b, '60 Prozent'), 'none')
      assert.equal(b.sources.length, 0)
    })

    it('keeps the institute that ran the poll as the source (de)', () => {
      const a = run(
        'In der Umfrage des Instituts Demoskop sagten 60 Prozent der Befragten, sie würden wieder wählen.',
        'de'
      )
      assert.match(sourceOf(a, '60 Prozent'), /Demoskop/)
    })

    it('still gives a named speaker a share in what they say (en)', () => {
      const a = run('Mayor Ruth Okafor said 60 percent of the budget goes to schools.', 'en')
      assert.equal(sourceOf(a, '60 percent'), 'Ruth Okafor')
    })
  })

  describe('an ampersand joins a name', () => {
    it('reads AT&T-like names as one source, also behind a trailing speech tag (en)', () => {
      const text = 'B&Q said 300 stores would open. The chain hired 40 staff last week, B&Q said in a statement.'
      const a = run(text, 'en')
      assert.equal(sourceOf(a, '300 stores'), 'B&Q')
      assert.equal(sourceOf(a, '40 staff'), 'B&Q')
      assert.deepEqual(
        a.claims.map((c) => text.slice(c.start, c.end)),
        ['300 stores would open.', 'The chain hired 40 staff last week']
      )
    })

    it('keeps two names joined by und apart from a name with & (de)', () => {
      const a = run('Laut Müller & Söhne fehlen 40 Fahrer.', 'de')
      assert.equal(sourceOf(a, '40 Fahrer'), 'Müller & Söhne')
    })

    it('does not join a lower-case word across an ampersand (en)', () => {
      const a = run('Sales & marketing staff said 30 posts were cut.', 'en')
      assert.ok(!a.sources.some((s) => s.name.includes('&')))
    })
  })

  describe('a document compiled by a named source, and a participle after a document', () => {
    it('gives the agent of the participle as the source (en)', () => {
      const a = run('Since spring, 40 clinics have closed, according to data compiled by the Rural Health Forum.', 'en')
      assert.equal(sourceOf(a, '40 clinics'), 'Rural Health Forum')
      const b = run(
        'According to a survey released by the Harbor Institute on Monday, 62 percent of firms lack staff.',
        'en'
      )
      assert.equal(sourceOf(b, '62 percent'), 'Harbor Institute')
    })

    it('ends the name of a document at its noun, and reads no cue inside it (en)', () => {
      const a = run('According to a Lakeside poll published on Friday, 46 percent of adults agree.', 'en')
      assert.equal(sourceOf(a, '46 percent'), 'Lakeside poll')
      assert.equal(a.claims.length, 1)
    })

    it('keeps a document without an agent vague (en) and a genitive source (de)', () => {
      const a = run('The budget plans $210 million in revenues, according to previous reporting.', 'en')
      assert.equal(sourceOf(a, '$210 million'), 'vague')
      const b = run('Laut Daten des Statistikamts fehlen 40 Ärzte.', 'de')
      assert.equal(sourceOf(b, '40 Ärzte'), 'Statistikamts')
    })
  })

  describe('an unnamed member of an institution is vague, also before an aside', () => {
    it('keeps a police official apart from the police (en)', () => {
      const a = run(
        'The police said 12 people were held. A police official said 40 trucks were seized. ' +
          'The police official added that 30 cars were found.',
        'en'
      )
      assert.equal(sourceOf(a, '12 people'), 'police')
      assert.equal(sourceOf(a, '40 trucks'), 'vague')
      assert.equal(sourceOf(a, '30 cars'), 'vague')
    })

    it('reads an unnamed subject before a participle or relative aside (en) and a Polizeibeamter as vague (de)', () => {
      const a = run(
        'A senior health official, speaking on condition of anonymity, said, "We stopped 40 trucks on Friday night."',
        'en'
      )
      assert.equal(sourceOf(a, '40 trucks'), 'vague')
      assert.equal(a.claims.length, 1)
      assert.equal(a.claims[0]?.kind, 'direct')
      const b = run('Ein Polizeibeamter sagte, 20 Züge seien ausgefallen.', 'de')
      assert.equal(sourceOf(b, '20 Züge'), 'vague')
    })

    it('takes no unnamed subject across an aside that is not its modifier (en)', () => {
      const a = run('Officials, the mayor added, have seized 40 trucks.', 'en')
      assert.notEqual(a.claims[0]?.vagueSource?.text, 'Officials')
    })
  })

  describe('an unnamed group with a prepositional phrase speaks', () => {
    it('reads the group before a short prepositional phrase as a vague subject (en, de)', () => {
      const a = run('Nurses on night shifts said 30 beds were closed.', 'en')
      assert.equal(sourceOf(a, '30 beds'), 'vague')
      assert.equal(a.claims[0]?.vagueSource?.text, 'Nurses')
      const b = run('Eltern aus dem Nachbardorf berichteten, dass 20 Busse ausfielen.', 'de')
      assert.equal(sourceOf(b, '20 Busse'), 'vague')
    })

    it('takes the group, not the object of its preposition, and no group after the verb (en)', () => {
      const a = run('Talks on night shifts stalled and 30 beds were closed, nurses said.', 'en')
      assert.equal(a.claims.length, 1)
      assert.equal(a.claims[0]?.vagueSource?.text, 'nurses')
      assert.equal(a.sources.length, 0)
    })
  })
})
