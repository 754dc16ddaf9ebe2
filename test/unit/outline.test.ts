// The article structure behind the Outline: headline, subheads, paragraphs with claims or figures.
import * as assert from 'node:assert/strict'
import {articleOutline, blocksOf} from '../../src/editor/outline.js'
import {run} from './helpers.js'

const GERMAN = [
  'Gemeinde Lindental baut neue Brücke über die Ach',
  'Die alte Holzbrücke wird im Frühjahr abgerissen. Das Wetter war am Montag mild.',
  'Kosten und Zeitplan',
  'Der Neubau kostet laut Bauamt 2,4 Millionen Euro.' +
    ' „Wir rechnen mit 14 Monaten Bauzeit“, sagte Bürgermeisterin Anna Roth.',
  'Rund 3.400 Fahrzeuge queren die Ach jeden Tag.'
].join('\n\n')

const ENGLISH = [
  '# Harbour town votes on ferry subsidy',
  'The council meets on Thursday.',
  '## What it costs',
  'The subsidy would cost £1.2 million a year, treasurer Mark Hollis said.'
].join('\n\n')

describe('article outline', () => {
  it('splits text into trimmed blocks at blank lines', () => {
    const text = 'Titel\n\n  Erster Absatz\nzweite Zeile  \n\n\nLetzter'
    assert.deepEqual(
      blocksOf(text).map((block) => text.slice(block.start, block.end)),
      ['Titel', 'Erster Absatz\nzweite Zeile', 'Letzter']
    )
  })

  it('finds the headline, a short subhead and the paragraphs with claims or figures (German)', () => {
    const outline = articleOutline(run(GERMAN, 'de'), GERMAN)
    assert.equal(outline.headline?.title, 'Gemeinde Lindental baut neue Brücke über die Ach')
    assert.equal(outline.headline?.end, GERMAN.length, 'the headline spans the article')
    // The first paragraph holds no figure or claim, so it is left out.
    assert.deepEqual(outline.headline?.paragraphs, [])
    const [subhead, ...others] = outline.headline?.subheads ?? []
    assert.equal(others.length, 0)
    assert.equal(subhead?.title, 'Kosten und Zeitplan')
    const texts = subhead?.paragraphs.map((paragraph) => GERMAN.slice(paragraph.start, paragraph.end)) ?? []
    assert.equal(texts.length, 2)
    assert.match(texts[0] ?? '', /^Der Neubau kostet/)
    assert.ok((subhead?.paragraphs[0]?.claims.length ?? 0) >= 2, 'laut Bauamt and the quotation')
    assert.deepEqual(subhead?.paragraphs[1]?.figures.map((figure) => figure.text), ['Rund 3.400 Fahrzeuge'])
  })

  it('reads Markdown headings and strips their marks (English)', () => {
    const outline = articleOutline(run(ENGLISH, 'en'), ENGLISH)
    assert.equal(outline.headline?.title, 'Harbour town votes on ferry subsidy')
    const subhead = outline.headline?.subheads[0]
    assert.equal(subhead?.title, 'What it costs')
    assert.equal(ENGLISH.slice(subhead?.titleSpan.start, subhead?.titleSpan.end), 'What it costs')
    assert.equal(subhead?.paragraphs[0]?.claims[0]?.source, 'mark-hollis')
  })

  it('does not take a sentence for a subhead', () => {
    const text = 'Kurz gemeldet\n\nDer Markt schließt.\n\nTausende kamen zur Eröffnung.'
    const outline = articleOutline(run(text, 'de'), text)
    assert.deepEqual(outline.headline?.subheads, [])
    assert.equal(outline.headline?.paragraphs.length, 1)
  })
})
