import assert from 'node:assert/strict'
import {blankIgnoreMarkers, IGNORE_MARKERS, ignoredLineRanges} from '../../src/core/markers.js'

/** The text of each ignored line, which is easier to read in a failure than offsets. */
function ignoredLines(text: string): string[] {
  return ignoredLineRanges(text).map(({start, end}) => text.slice(start, end))
}

describe('ignore markers', () => {
  it('finds the line with an HTML comment marker in German Markdown', () => {
    const text = [
      'Der Verein zählt 240 Mitglieder, sagte der Vorsitzende.',
      'Rund 3.000 Zuschauer kamen zum Finale. <!-- sourced-ignore -->',
      'Der Eintritt kostete 12 Euro.'
    ].join('\n')
    assert.deepEqual(ignoredLines(text), ['Rund 3.000 Zuschauer kamen zum Finale. <!-- sourced-ignore -->'])
    const [range] = ignoredLineRanges(text)
    assert.ok(range)
    assert.equal(range.start, text.indexOf('Rund'))
    assert.equal(range.end, text.indexOf('\nDer Eintritt'))
  })

  it('finds the plain-text marker in an English article', () => {
    const text = 'The bridge is 1,200 metres long. [sourced-ignore]\n\nOfficials said 40 workers were hurt.'
    assert.deepEqual(ignoredLines(text), ['The bridge is 1,200 metres long. [sourced-ignore]'])
  })

  it('accepts the spacing and case a writer may type', () => {
    const text = 'Die Halle fasst 8.000 Menschen.<!--Sourced-Ignore-->\nThe fare is $3. [SOURCED-IGNORE]\n'
    assert.equal(ignoredLineRanges(text).length, 2)
  })

  it('reports a line once even with two markers on it', () => {
    const text = 'Zwei Tore, 3 Punkte. [sourced-ignore] <!-- sourced-ignore -->'
    assert.deepEqual(ignoredLineRanges(text), [{start: 0, end: text.length}])
  })

  it('ends a line before a Windows line break', () => {
    const text = 'A marathon is 42 kilometres long. [sourced-ignore]\r\nAbout 500 runners started.'
    assert.deepEqual(ignoredLines(text), ['A marathon is 42 kilometres long. [sourced-ignore]'])
  })

  it('ignores nothing without a marker or with a different comment', () => {
    assert.deepEqual(ignoredLineRanges('Laut Polizei wurden 14 Menschen verletzt. <!-- TODO prüfen -->'), [])
    assert.deepEqual(ignoredLineRanges('sourced-ignore without brackets, 12 people'), [])
    assert.deepEqual(ignoredLineRanges(''), [])
  })

  it('offers one canonical spelling per kind of file, each of which it recognises', () => {
    for (const marker of Object.values(IGNORE_MARKERS)) {
      assert.equal(ignoredLineRanges(`Es waren 17 Boote. ${marker}`).length, 1)
    }
  })

  it('blanks markers without moving any offset', () => {
    const text = 'Es kamen 700 Gäste. <!-- sourced-ignore -->\nThe hall holds 900. [sourced-ignore]'
    const blanked = blankIgnoreMarkers(text)
    assert.equal(blanked.length, text.length)
    assert.equal(blanked.indexOf('The hall'), text.indexOf('The hall'))
    assert.ok(!blanked.includes('sourced-ignore'))
  })
})
