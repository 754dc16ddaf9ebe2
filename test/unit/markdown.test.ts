import assert from 'node:assert/strict'
import {maskMarkdownNonProse} from '../../src/core/markdown.js'

/** Masks and checks the invariant every caller relies on: same length, same line breaks. */
function mask(text: string): string {
  const masked = maskMarkdownNonProse(text)
  assert.equal(masked.length, text.length)
  for (let index = 0; index < text.length; index++) {
    if (text[index] === '\n' || text[index] === '\r') assert.equal(masked[index], text[index], `line break at ${index}`)
  }
  return masked
}

/** Collapses runs of spaces so assertions can read the prose that is left. */
function words(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

describe('maskMarkdownNonProse', () => {
  it('leaves plain prose untouched', () => {
    const text = '# Wahl in Hessen\n\nDie Wahlbeteiligung lag bei 66,3 Prozent, teilte der Landeswahlleiter mit.\n'
    assert.equal(mask(text), text)
  })

  it('blanks YAML front matter and keeps the article', () => {
    const text = '---\ntitle: Budget 2025\nwords: 800\n---\nThe council approved $4m for schools, the mayor said.\n'
    const masked = mask(text)
    assert.equal(words(masked), 'The council approved $4m for schools, the mayor said.')
    assert.equal(masked.indexOf('The council'), text.indexOf('The council'))
  })

  it('keeps a thematic break that is not front matter', () => {
    const text = 'Erster Teil mit 12 Zahlen.\n\n---\n\nZweiter Teil.'
    assert.equal(mask(text), text)
  })

  it('blanks fenced code blocks, fences included', () => {
    const text = 'Vorher 5 Punkte.\n\n```json\n{"count": 12000}\n```\n\nNachher 7 Punkte.'
    assert.equal(words(mask(text)), 'Vorher 5 Punkte. Nachher 7 Punkte.')
  })

  it('blanks an unclosed fence to the end of the file', () => {
    assert.equal(words(mask('Text.\n~~~\n300 Zeilen Code\nmehr')), 'Text.')
  })

  it('blanks indented code after a blank line but not an indented list continuation', () => {
    const code = 'Intro.\n\n    const troops = 1500\n\nOutro.'
    assert.equal(words(mask(code)), 'Intro. Outro.')
    const list = '- Erstens: 300 Euro\n\n    Zweitens kamen 40 Leute, sagte sie.\n'
    assert.equal(mask(list), list)
  })

  it('blanks inline code of any backtick length', () => {
    const text = 'Run `npm test` and ``a ` b`` before 3 pm.'
    assert.equal(words(mask(text)), 'Run and before 3 pm.')
  })

  it('keeps link text and blanks the target and the brackets', () => {
    const text =
      'Laut [Statistischem Bundesamt](https://example.org/2024/12/zahlen "Tabelle 4") stieg der Wert um 3 Prozent.'
    const masked = mask(text)
    assert.equal(words(masked), 'Laut Statistischem Bundesamt stieg der Wert um 3 Prozent.')
    assert.equal(masked.indexOf('Statistischem'), text.indexOf('Statistischem'))
  })

  it('handles reference links and their definitions', () => {
    const text = 'According to [the report][1], 45 schools closed.\n\n[1]: https://example.com/report-2024\n'
    assert.equal(words(mask(text)), 'According to the report , 45 schools closed.')
  })

  it('blanks images whole, also inside a link', () => {
    const text = 'Foto: ![Demo mit 5.000 Menschen](bild.jpg) und [![Logo 2](logo.png) Verein](https://example.de).'
    assert.equal(words(mask(text)), 'Foto: und Verein .')
  })

  it('blanks a command link target so only its text is analysed', () => {
    const text = 'Es gab [12 Verletzte](command:workbench.action.quit), sagte die Polizei.'
    assert.equal(words(mask(text)), 'Es gab 12 Verletzte , sagte die Polizei.')
  })

  it('blanks HTML tags, comments across lines, autolinks and numeric entities', () => {
    const text =
      'Die <em>14</em> Boote<br/> <!-- Notiz:\n1.000 prüfen --> kamen an &#8211; ' +
        'see <https://example.com/7> or <desk@example.com>.'
    assert.equal(words(mask(text)), 'Die 14 Boote kamen an see or .')
  })

  it('keeps the ignore marker comment so the engine still sees it', () => {
    const text = 'Rund 2.000 Gäste. <!-- sourced-ignore -->'
    assert.equal(mask(text), text)
  })

  it('blanks bare URLs and footnote labels but not sentence punctuation', () => {
    const text = 'Mehr unter https://example.org/a/2024/10. Dazu 3 Quellen[^2].'
    assert.equal(words(mask(text)), 'Mehr unter . Dazu 3 Quellen .')
  })

  it('leaves escaped brackets and backticks as prose', () => {
    const text = 'Ein \\[Hinweis\\](nicht verlinkt) und \\`kein Code\\` mit 9 Wörtern.'
    assert.equal(mask(text), text)
  })

  it('keeps offsets with Windows line breaks and astral characters', () => {
    const text = '---\r\nid: 1\r\n---\r\nEin 🎉 für 300 Gäste, sagte sie.\r\n```\r\nx = 1\r\n```\r\n'
    const masked = mask(text)
    assert.equal(masked.indexOf('für 300'), text.indexOf('für 300'))
    assert.equal(words(masked), 'Ein 🎉 für 300 Gäste, sagte sie.')
  })
})
