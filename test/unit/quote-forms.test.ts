// Quotations and speech tags the engine misread, by class: two apostrophes standing for a
// double quotation mark (`''We won,'' she said`); a short title quoted after a possessive; a
// speech tag split off as a sentence of its own after a question (`“Did he?” Mrs. Lee asked.`); a
// speech tag set off by commas inside its sentence (`The plan, the mayor said, will cost more`); a
// headline in title case (`Mayor Says Bridge Will Close`); a verb after `but` sharing the subject
// (`declined to comment but said …`); a quotation after a colon spoken by its own clause's subject
// (`When Lee suggested …, Kim fired back: “…”`).
// Invented sentences, a positive and a negative case per class, asserting what each claim
// covers and who said it.
import assert from 'node:assert/strict'
import {findQuotes} from '../../src/core/recognize/quotes.js'
import {claimsOf, run, vagueWords} from './helpers.js'

const quoted = (text: string) => findQuotes(text).map((quote) => text.slice(quote.content.start, quote.content.end))

describe('quote forms', () => {
  describe('two apostrophes as a double quotation mark', () => {
    it('reads a quotation in two apostrophes with its speaker after it, also inverted (en)', () => {
      const text = "''We will finish the bridge by May,'' said Mayor Ann Reed, a Democrat from Fairview."
      assert.deepEqual(claimsOf(text, run(text, 'en'), vagueWords), [
        {text: 'We will finish the bridge by May,', source: 'Ann Reed'}
      ])
      const other = "''The council has no money left,'' Mr. Ortiz said. ''Not a cent.''"
      assert.deepEqual(claimsOf(other, run(other, 'en'), vagueWords), [
        {text: 'The council has no money left,', source: 'Mr. Ortiz'},
        {text: 'Not a cent.', source: 'Mr. Ortiz'}
      ])
    })

    it('keeps a single quotation inside, and reads no mark inside a word (en)', () => {
      const text = "Mr. Ortiz added: ''The word 'crisis' does not begin to describe it.''"
      assert.deepEqual(quoted(text), ["The word 'crisis' does not begin to describe it."])
      assert.deepEqual(quoted("The rock''n''roll band played at the Smiths'' party."), [])
    })

    it('reads no quotation from apostrophes glued to the word before them, as wiki markup leaves them (de)', () => {
      const text = "Die Polizei nannte die'' Aktion Sonnenschein'' einen Erfolg, sagte der Sprecher."
      assert.deepEqual(quoted(text), [])
      const other = "Der Fund stammt von einer Anakonda ('' Eunectes murinus''), so die Forscher."
      assert.deepEqual(quoted(other), [])
    })

    it('reads a German quotation in two apostrophes where they stand like marks (de)', () => {
      const text = "''Wir bauen die Brücke bis Mai fertig'', sagte Bürgermeisterin Anna Berg."
      assert.deepEqual(claimsOf(text, run(text, 'de'), vagueWords), [
        {text: 'Wir bauen die Brücke bis Mai fertig', source: 'Anna Berg'}
      ])
    })
  })

  describe('a short title quoted after a possessive', () => {
    it('reads no speech from a programme named after a possessive (en)', () => {
      const text = 'The governor defended the plan on NBC\'s "Meet the Press." "It will not cost a cent," he said.'
      const claims = claimsOf(text, run(text, 'en'), vagueWords)
      assert.deepEqual(
        claims.map((claim) => claim.text),
        ['It will not cost a cent,']
      )
      const plural = 'The governor defended the plan on the teachers\' "Evening Hour." "It works," he said.'
      assert.ok(!claimsOf(plural, run(plural, 'en'), vagueWords).some((claim) => claim.text.includes('Evening Hour')))
    })

    it('still reads a quotation after a name and a colon (de)', () => {
      const text = 'Der Minister sagte am Morgen: „Das Geld reicht nicht.“'
      assert.deepEqual(claimsOf(text, run(text, 'de'), vagueWords), [
        {text: 'Das Geld reicht nicht.', source: 'Minister'}
      ])
    })
  })

  describe('a speech tag standing as a sentence of its own after a quotation', () => {
    it('gives a question its speaker from the bare tag after it (en)', () => {
      const text = '"Who will pay for the new bridge, then?" Mrs. Lee asked. "Not the town, I hope."'
      assert.deepEqual(claimsOf(text, run(text, 'en'), vagueWords), [
        {text: 'Who will pay for the new bridge, then?', source: 'Mrs. Lee'},
        {text: 'Not the town, I hope.', source: 'Mrs. Lee'}
      ])
    })

    it('gives an exclamation its speaker from the bare tag after it (de)', () => {
      const text = '„Das ist ein Skandal!“ Bürgermeisterin Anna Berg sagte. „Wir zahlen das nicht.“'
      const claims = claimsOf(text, run(text, 'de'), vagueWords)
      assert.deepEqual(claims[0], {text: 'Das ist ein Skandal!', source: 'Anna Berg'})
    })

    it('takes no speaker from a next sentence that reports more than the tag (en)', () => {
      const text = '"Who will pay for the new bridge, then?" Mrs. Lee said the town had no money.'
      const claims = claimsOf(text, run(text, 'en'), vagueWords)
      assert.ok(!claims.some((claim) => claim.text.startsWith('Who will pay')))
      assert.ok(claims.some((claim) => claim.text === 'the town had no money.' && claim.source === 'Mrs. Lee'))
    })
  })

  describe('a speech tag set off by commas inside its sentence', () => {
    it('reports the whole sentence around the tag (en)', () => {
      const text = 'The new bridge, Mayor Ann Reed said, will cost the town far more than planned.'
      assert.deepEqual(claimsOf(text, run(text, 'en'), vagueWords), [{text, source: 'Ann Reed'}])
      const other = 'Ms. Kim Park runs the harbour office. But, she said, the ferries will keep running all winter.'
      assert.deepEqual(claimsOf(other, run(other, 'en'), vagueWords), [
        {text: 'But, she said, the ferries will keep running all winter.', source: 'Kim Park'}
      ])
    })

    it('reports the whole sentence around the tag (de)', () => {
      const text = 'Die neue Brücke, erklärte Bürgermeisterin Anna Berg, werde deutlich teurer als geplant.'
      assert.deepEqual(claimsOf(text, run(text, 'de'), vagueWords), [{text, source: 'Anna Berg'}])
    })

    it('keeps the tag between two quotations to the quotations, and a reported clause to itself (en)', () => {
      const text = '"We will win," Mr. Ortiz said, "and we will win soon."'
      assert.deepEqual(claimsOf(text, run(text, 'en'), vagueWords), [
        {text: 'We will win,', source: 'Mr. Ortiz'},
        {text: 'and we will win soon.', source: 'Mr. Ortiz'}
      ])
      const clause = 'After the vote, the mayor said that the bridge would cost more, and left.'
      const claims = claimsOf(clause, run(clause, 'en'), vagueWords)
      assert.ok(claims.every((claim) => !claim.text.includes('After the vote')))
    })
  })

  describe('a headline in title case', () => {
    const body = '\n\nThe council met on Tuesday evening in the town hall.'

    it('reads a capitalised reporting verb in a title-case headline as the verb (en)', () => {
      const text = 'Mayor Ann Reed Says The Bridge Will Close In May' + body
      assert.deepEqual(claimsOf(text, run(text, 'en'), vagueWords), [
        {text: 'The Bridge Will Close In May', source: 'Ann Reed'}
      ])
      const poll = 'City Survey Finds Most Residents Want A New Bridge' + body
      assert.deepEqual(claimsOf(poll, run(poll, 'en'), vagueWords), [
        {text: 'Most Residents Want A New Bridge', source: 'City Survey'}
      ])
    })

    it('reads no verb from a capitalised form in a sentence that is not in title case (en)', () => {
      const text = 'The council approved the Reports Office budget in May, and the town paid for it.'
      assert.deepEqual(claimsOf(text, run(text, 'en'), vagueWords), [])
    })

    it('leaves a German line alone, where a capital marks a noun (a verb made noun: das Warnen) (de)', () => {
      const text = 'Expertenrat Warnen Und Mahnen Der Bürger' + '\n\nDer Rat tagte am Dienstag im Rathaus.'
      assert.deepEqual(claimsOf(text, run(text, 'de'), vagueWords), [])
    })
  })

  describe('a reporting verb after `but` or `and` sharing the subject', () => {
    it('gives the verb after `but` the subject of the clause before (en)', () => {
      const text = 'Ms. Kim Park declined to comment on the ferries but said the harbour would stay open.'
      assert.deepEqual(claimsOf(text, run(text, 'en'), vagueWords), [
        {text: 'the harbour would stay open.', source: 'Kim Park'}
      ])
    })

    it('gives the verb after `und` the subject of the clause before (de)', () => {
      const text = 'Bürgermeisterin Anna Berg besuchte die Baustelle und sagte, die Arbeiten lägen im Zeitplan.'
      assert.deepEqual(claimsOf(text, run(text, 'de'), vagueWords), [
        {text: 'die Arbeiten lägen im Zeitplan.', source: 'Anna Berg'}
      ])
    })

    it('reads no speaker across `but` where the verb has a subject of its own (en)', () => {
      const text = 'Ms. Kim Park declined to comment, but the mayor said the harbour would stay open.'
      assert.deepEqual(claimsOf(text, run(text, 'en'), vagueWords), [
        {text: 'the harbour would stay open.', source: 'mayor'}
      ])
    })
  })

  describe('a quotation after a colon', () => {
    /** The speaker of the direct claim, by the quoted words. */
    const quoteSpeaker = (text: string, language: 'de' | 'en', words: string) =>
      claimsOf(text, run(text, language), vagueWords).find((claim) => claim.text.startsWith(words))?.source

    it('takes its speaker from the subject of the clause before the colon, not an earlier clause (en)', () => {
      const text =
        'When Mayor Ann Reed suggested that the town would sue, Kim Park fired back: “If they sue us, they will lose.”'
      assert.equal(quoteSpeaker(text, 'en', 'If they sue us'), 'Kim Park')
    })

    it('keeps the speaker of a cue in the colon’s clause, not a phrase ending a relative clause (en)', () => {
      const text = 'Kim Park said on Monday in the town hall: “We will not pay for the bridge.”'
      assert.equal(quoteSpeaker(text, 'en', 'We will not pay'), 'Kim Park')
      const relative =
        '“The data are valuable,” said Kim Park, who moved the rolls into the Harbour file: “Our office is fast.”'
      assert.equal(quoteSpeaker(relative, 'en', 'Our office is fast'), 'Kim Park')
    })

    it('takes its speaker from the subject of the clause before the colon, not an earlier clause (de)', () => {
      const text =
        'Als Bürgermeisterin Anna Berg andeutete, die Stadt werde klagen, entgegnete Eva Roth: „Dann verliert sie.“'
      assert.equal(quoteSpeaker(text, 'de', 'Dann verliert sie'), 'Eva Roth')
    })
  })

  describe('a dateline', () => {
    it('never speaks, and its agency is no source of the claim (en, de)', () => {
      const text = 'HARBOURTOWN (AP) — The new bridge will cost 40 million dollars, the mayor said.'
      assert.deepEqual(
        claimsOf(text, run(text, 'en'), vagueWords).map((claim) => claim.source),
        ['mayor']
      )
      const german = 'HAFENSTADT (dpa) - Die neue Brücke kostet 40 Millionen Euro, teilte die Stadtverwaltung mit.'
      assert.deepEqual(
        claimsOf(german, run(german, 'de'), vagueWords).map((claim) => claim.source),
        ['Stadtverwaltung']
      )
      const bare = 'HAFENSTADT (dpa) - Die neue Brücke kostet 40 Millionen Euro.'
      assert.deepEqual(claimsOf(bare, run(bare, 'de'), vagueWords), [])
    })
  })
})
