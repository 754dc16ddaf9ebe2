// Who the source is: entities and their types, pronouns and role nouns, vague
// speakers, documents and polls. Invented sentences, a positive and a negative
// case per class, in German and English.
import assert from 'node:assert/strict'
import {run, sourceOf} from './helpers.js'

describe('source classes', () => {
  describe('pronouns reach a two-word personal name', () => {
    it('types a bare first and last name as a person, so `sie` stands for her (de)', () => {
      const a = run('Lea Hartmann (52) führt den Laden seit Jahren. „Wir haben 200 Stammkunden“, sagt sie.', 'de')
      assert.equal(sourceOf(a, '200 Stammkunden'), 'Lea Hartmann')
      assert.equal(a.sources[0]?.type, 'person')
    })

    it('types a bare first and last name as a person, so `she` stands for her (en)', () => {
      const a = run('Gina Park is the clinic’s director. "We treat 90 patients a day," she said.', 'en')
      assert.equal(sourceOf(a, '90 patients'), 'Gina Park')
      assert.equal(a.sources[0]?.type, 'person')
    })

    it('keeps a brand with an inner capital an organisation, which `she` cannot reach', () => {
      const a = run('InfoCorp Systems hired staff. "We treat 90 patients a day," she said.', 'en')
      assert.equal(sourceOf(a, '90 patients'), 'vague')
    })
  })

  describe('a phrase after a preposition is no subject', () => {
    it('takes the institution, not the place it sits in (de)', () => {
      const text = 'Die Zahl der Unfälle sank um 3 Prozent, wie das Statistische Landesamt in Kiel am Montag mitteilte.'
      const a = run(text, 'de')
      assert.equal(sourceOf(a, '3 Prozent'), 'Statistische Landesamt')
      assert.ok(!a.sources.some((s) => s.name === 'Kiel'))
    })

    it('takes the unnamed officials, not the state they work in (en)', () => {
      const a = run('Officials in Ohio said 12 bridges were closed.', 'en')
      assert.equal(sourceOf(a, '12 bridges'), 'vague')
      assert.equal(a.sources.length, 0)
    })

    it('keeps a document that speaks from a preposition, and reads `by` as its author (de, en)', () => {
      const a = run('Jeder vierte Betrieb sucht Personal, wie aus einer Umfrage der Handelskammer hervorgeht.', 'de')
      assert.equal(sourceOf(a, 'vierte'), 'Handelskammer')
      const b = run('A survey by the Harbor Institute found that 40 percent of renters moved.', 'en')
      assert.equal(sourceOf(b, '40 percent'), 'Harbor Institute')
    })
  })

  describe('no verb and no headline capital in a source', () => {
    it('a capital that opens a headline on a common noun is no name (en)', () => {
      const a = run('Report warns of rising rents\n\nRents rose 12 percent, the report said.', 'en')
      assert.equal(sourceOf(a, '12 percent'), 'vague')
      assert.equal(a.sources.length, 0)
    })

    it('a name at the start of a line still names (en)', () => {
      const a = run('Nordbahn warns of delays\n\nFares rose 12 percent, Nordbahn said.', 'en')
      assert.equal(sourceOf(a, '12 percent'), 'Nordbahn')
    })

    it('keeps the verb after a name out of its aliases (en)', () => {
      const a = run('Senator Ann Cole praised the plan. "We saved 30 shops," she said.', 'en')
      assert.equal(sourceOf(a, '30 shops'), 'Ann Cole')
      assert.ok(a.sources[0]?.aliases.every((alias) => !alias.includes('praised')))
    })
  })

  describe('a time is never the speaker', () => {
    it('steps over a time between the subject and its verb (en)', () => {
      const a = run('Regional officials this month said 12 schools would close.', 'en')
      assert.equal(sourceOf(a, '12 schools'), 'vague')
      assert.equal(a.sources.length, 0)
    })

    it('takes no time compound before a colon for the speaker (de)', () => {
      const text = 'Jana Roth leitet den Betrieb. Roth sagte dazu am Samstagabend: „Wir brauchen 40 neue Busse.“'
      const a = run(text, 'de')
      assert.equal(sourceOf(a, '40 neue Busse'), 'Jana Roth')
      assert.ok(!a.sources.some((s) => s.name.includes('Samstagabend')))
    })

    it('still reads a subject followed by a time (en)', () => {
      const a = run('Mayor Ruth Okafor on Monday said 60 percent of the budget goes to schools.', 'en')
      assert.equal(sourceOf(a, '60 percent'), 'Ruth Okafor')
    })
  })

  describe('source ids', () => {
    it('spells umlauts out by the German convention only where the language has it', () => {
      const de = run('„Wir brauchen 40 Busse“, sagte Jürgen Müller.', 'de')
      assert.equal(de.sources[0]?.id, 'juergen-mueller')
      const en = run('"We need 40 buses," said Jürgen Müller.', 'en')
      assert.equal(en.sources[0]?.id, 'jurgen-muller')
    })

    it('drops an accent with its letter, not into a hyphen', () => {
      const a = run('"We need 40 buses," said José Díaz.', 'en')
      assert.equal(a.sources[0]?.id, 'jose-diaz')
    })
  })

  describe('an office or spokesperson after a possessive speaks for its owner', () => {
    it('gives `His office` to the governor named before (en)', () => {
      const a = run('Governor Tom Lake skipped the meeting. His office said 12 staff members had left.', 'en')
      assert.equal(sourceOf(a, '12 staff'), 'Tom Lake')
      assert.ok(!a.sources.some((s) => s.name === 'office'))
    })

    it('gives `Ihre Sprecherin` to the minister named before (de)', () => {
      const a = run('Ministerin Eva Kühn war verreist. Ihre Sprecherin sagte, 12 Schulen würden geschlossen.', 'de')
      assert.equal(sourceOf(a, '12 Schulen'), 'Eva Kühn')
    })

    it('names nobody when no owner was named (en)', () => {
      const a = run('His office said 12 staff members had left.', 'en')
      assert.equal(sourceOf(a, '12 staff'), 'vague')
      assert.equal(a.sources.length, 0)
    })
  })
})
