// The right speaker: one source per entity with every form, organisations that
// `it`/`es` and `the company`/`das Unternehmen` reach, objects that are no
// speakers. Invented sentences, a positive and a negative case per class, in
// German and English.
import assert from 'node:assert/strict'
import {run, sourceOf} from './helpers.js'

describe('speaker classes', () => {
  describe('one source per person, with every form', () => {
    it('joins the full name, the surname and the role alone (de)', () => {
      const a = run(
        'Der Landesbeauftragte Johannes Berg sagte, 40 Prozent der Anträge seien unvollständig. ' +
          'Berg fügte hinzu, es fehlten 300 Stellen. Der Landesbeauftragte sagte, 12 Ämter seien betroffen.',
        'de'
      )
      assert.equal(a.sources.length, 1)
      assert.equal(a.sources[0]?.name, 'Johannes Berg')
      assert.equal(a.sources[0]?.type, 'person')
      for (const words of ['40 Prozent', '300 Stellen', '12 Ämter']) assert.equal(sourceOf(a, words), 'Johannes Berg')
    })

    it('keeps the role alone apart when two people hold it (de)', () => {
      const a = run(
        'Die Beauftragte Ina Vogt sagte, 40 Prozent der Anträge seien unvollständig. ' +
          'Der Beauftragte Jonas Kern sagte, 300 Stellen fehlten.',
        'de'
      )
      assert.equal(sourceOf(a, '40 Prozent'), 'Ina Vogt')
      assert.equal(sourceOf(a, '300 Stellen'), 'Jonas Kern')
    })
  })

  describe('a one-word name that `it` stands for is an organisation', () => {
    it('lets `it` reach the name and types it as an organisation (en)', () => {
      const a = run('Nordwind reported a record year.\n\nOn Monday it said it would add 300 new jobs.', 'en')
      assert.equal(sourceOf(a, '300 new jobs'), 'Nordwind')
      assert.equal(a.sources[0]?.type, 'organization')
    })

    it('keeps a one-word name a person for `she` (en)', () => {
      const a = run('Smith reported a record year. She said the firm would add 300 new jobs.', 'en')
      assert.equal(sourceOf(a, '300 new jobs'), 'Smith')
      assert.equal(a.sources[0]?.type, 'person')
    })
  })

  describe('a genitive behind a common noun makes no proper name', () => {
    it('keeps the object of a verb-second clause out of the speaker slot (de)', () => {
      const a = run(
        'Die Stadtwerke sagten, die Preise stiegen um 3 Prozent. ' +
          'Die Senkung der Gebühren fordert der Verband seit Jahren.',
        'de'
      )
      assert.equal(sourceOf(a, '3 Prozent'), 'Stadtwerke')
      assert.ok(!a.sources.some((s) => s.name.includes('Senkung')))
    })

    it('still reads two names as a proper name (de)', () => {
      const a = run('Die Preise stiegen um 3 Prozent, sagte Jonas Martin.', 'de')
      assert.equal(sourceOf(a, '3 Prozent'), 'Jonas Martin')
    })
  })

  describe('a kind of institution stands for the latest one named before', () => {
    it('names the institution by what follows its kind, and joins the kind alone to it (de)', () => {
      const a = run(
        'Das Institut Demoskop teilte mit, 40 Prozent der Kinder schliefen zu wenig. ' +
          'Das Institut sagte, 20 Prozent der Eltern seien besorgt.',
        'de'
      )
      assert.equal(sourceOf(a, '40 Prozent'), 'Demoskop')
      assert.equal(sourceOf(a, '20 Prozent'), 'Demoskop')
      assert.equal(a.sources.length, 1)
      assert.equal(a.sources[0]?.type, 'organization')
    })

    it('reaches an institution that was only a subject before (de, en)', () => {
      const a = run(
        'Der Konzern Nordwind baut eine Fabrik in Kiel. ' +
          'Das Unternehmen teilte mit, es werde 300 neue Stellen schaffen.',
        'de'
      )
      assert.equal(sourceOf(a, '300 neue Stellen'), 'Nordwind')
      const b = run('Nordwind Bank opened a branch in Leeds. The company said it would add 300 jobs.', 'en')
      assert.equal(sourceOf(b, '300 jobs'), 'Nordwind Bank')
    })

    it('does not make a subject without a kind of institution an antecedent (en)', () => {
      const a = run('Prices fell in May. The company said it would add 300 jobs.', 'en')
      assert.equal(sourceOf(a, '300 jobs'), 'company')
    })
  })

  describe('an acronym that opens a document compound issued it', () => {
    it('takes the organisation behind the document as the source (de)', () => {
      const a = run('Der neue WHO-Gesundheitsbericht zeigt, dass 40 Prozent der Kinder zu wenig schlafen.', 'de')
      assert.equal(sourceOf(a, '40 Prozent'), 'WHO')
      assert.equal(a.sources[0]?.type, 'organization')
    })

    it('leaves a document without an issuer unnamed (de)', () => {
      const a = run('Der neue Gesundheitsbericht zeigt, dass 40 Prozent der Kinder zu wenig schlafen.', 'de')
      assert.equal(sourceOf(a, '40 Prozent'), 'vague')
    })
  })
})
