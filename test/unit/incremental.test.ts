import assert from 'node:assert/strict'
import {analyse, createAnalyser} from '../../src/core/index.js'

describe('incremental analysis', () => {
  // The merging lists a place once, though a speaker may also be their sentence's subject there.
  // Two paragraphs with the same source phrases in the same order, but at one place instead of
  // two, must not share a grouping: the kept one would list the shared place twice.
  it('lists a speaker who is also the subject once after an edit that joins two mentions into one place', () => {
    // [language, before, after, the speaker that opens `after`]
    const cases: Array<['de' | 'en', string, string, string]> = [
      [
        'de',
        'Die Preise steigen um 12 Prozent, sagte Bürgermeisterin Anna Berger. ' +
          'Bürgermeisterin Anna Berger lobte die Stadtwerke.',
        'Bürgermeisterin Anna Berger sagte, die Preise steigen um 12 Prozent.',
        'Bürgermeisterin Anna Berger'
      ],
      [
        'en',
        'Prices will rise by 12 percent, said Mayor Anna Berger. Mayor Anna Berger praised the utility.',
        'Mayor Anna Berger said prices will rise by 12 percent.',
        'Mayor Anna Berger'
      ]
    ]
    for (const [language, before, after, speaker] of cases) {
      const analyser = createAnalyser({language})
      assert.equal(analyser.analyse(before).sources[0]?.mentions.length, 2, `${language}: two places before`)
      const edited = analyser.analyse(after)
      const fresh = analyse(after, {language})
      const once = [[{start: 0, end: speaker.length, text: speaker}]]
      assert.deepEqual(edited.sources.map((source) => source.mentions), once, `${language}: one mention`)
      assert.deepEqual(edited, fresh, `${language}: like a fresh analysis`)
      // And back: two places again, not the one-place grouping.
      assert.deepEqual(analyser.analyse(before), analyse(before, {language}), `${language}: undoing the edit`)
    }
  })
})
