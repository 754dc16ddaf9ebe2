// Where the inlay hints go: once per source per sentence, never inside a quotation, each
// with the shortest name no other source uses.
import assert from 'node:assert/strict'
import {analyseArticle, type Analysis, type Source} from '../../src/core/index.js'
import {hintPlaces, type HintMode, unambiguousName} from '../../src/editor/hintPlaces.js'

/** Each hint as `the word before it → label`. */
function hints(text: string, language: 'de' | 'en', mode: HintMode): string[] {
  const analysis = analyseArticle(text, {settings: {language}})
  return hintPlaces(analysis, text, mode).map((place) => {
    const before = text.slice(0, place.offset).split(' ').at(-1)
    return `${before} → ${place.label}`
  })
}

describe('inlay hint places', () => {
  it('puts one hint per source in a sentence, at its first figure (de)', () => {
    const text =
      'Laut Feuerwehr rückte sie 40 Mal aus und rettete 12 Menschen. ' +
      'Sie zählte außerdem 3 Verletzte und 2 Tote, sagte Sprecherin Anna Berger.'
    assert.deepEqual(hints(text, 'de', 'firstPerSentence'), ['Mal → Feuerwehr', 'Verletzte → Anna Berger'])
    assert.deepEqual(hints(text, 'de', 'all'), [
      'Mal → Feuerwehr',
      'Menschen → Feuerwehr',
      'Verletzte → Anna Berger',
      'Tote → Anna Berger'
    ])
  })

  it('puts one hint per source in a sentence (en)', () => {
    const text =
      'The fire service said it was called out 40 times and rescued 12 people. ' +
      'It counted 3 injured and 2 dead, spokeswoman Anna Berger said.'
    assert.deepEqual(hints(text, 'en', 'firstPerSentence'), ['times → fire service', '3 → Anna Berger'])
    assert.equal(hints(text, 'en', 'all').length, 4)
  })

  it('puts the hint after the closing quotation mark, never inside the quotation (en)', () => {
    const text = '"We hired 40 nurses and opened 12 beds," said Mayor John Smith.'
    assert.deepEqual(hints(text, 'en', 'all'), ['beds," → John Smith'])
  })

  it('puts the hint after German closing marks', () => {
    const text = '„Wir haben 300 Wohnungen gebaut und 40 Kitas“, sagte Bürgermeisterin Anna Berger.'
    assert.deepEqual(hints(text, 'de', 'firstPerSentence'), ['Kitas“ → Anna Berger'])
  })

  it('names a source by its shortest form that no other source uses', () => {
    const source = (id: string, name: string, aliases: string[]): Source => ({
      id,
      name,
      aliases,
      type: 'person',
      role: null,
      mentions: []
    })
    const anna = source('anna-berger', 'Anna Berger', ['Anna Berger', 'Berger'])
    const peter = source('peter-berger', 'Peter Berger', ['Peter Berger', 'berger'])
    const works = source('stadtwerke', 'Stadtwerke Kiel', ['Stadtwerke Kiel', 'Stadtwerke'])
    const analysis: Pick<Analysis, 'sources'> = {sources: [anna, peter, works]}
    assert.equal(unambiguousName(analysis, anna), 'Anna Berger')
    assert.equal(unambiguousName(analysis, peter), 'Peter Berger')
    assert.equal(unambiguousName(analysis, works), 'Stadtwerke')
  })
})
