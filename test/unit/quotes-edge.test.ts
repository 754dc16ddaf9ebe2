// Quotation marks at the very edge of a paragraph: the mark that closes the text has nothing after it to read.
import assert from 'node:assert/strict'
import {run} from './helpers.js'

describe('quotation marks at the end of the text', () => {
  it('reads a straight mark that closes a German quotation as the last character of the text (de)', () => {
    const text = 'Der Bürgermeister sagte: „Wir bauen 30 neue Wohnungen"'
    const analysis = run(text, 'de')
    assert.equal(analysis.claims.length, 1)
    assert.equal(analysis.figures[0]?.status, 'named')
  })

  it('reads a curly mark that closes an English quotation as the last character of the text (en)', () => {
    const text = 'The mayor said: "We will build 30 new flats”'
    const analysis = run(text, 'en')
    assert.equal(analysis.figures[0]?.status, 'named')
  })

  it('reads two apostrophes that end the text without reading past it (en, de)', () => {
    assert.doesNotThrow(() => run("He said ''", 'en'))
    assert.doesNotThrow(() => run("Er sagte: ''", 'de'))
  })
})
