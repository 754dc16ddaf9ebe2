// The settings of issue 12 as the editor parses them: each value checked, the old inlay
// hints switch still read, the problem limit kept within VS Code's 500.
import assert from 'node:assert/strict'
import {articleSettings, MAX_PROBLEMS, parseSettings} from '../../src/editor/settings.js'

const parse = (values: Record<string, unknown>) => parseSettings((key) => values[key])

describe('editor settings', () => {
  it('reads when to run and how far a source reaches, falling back on anything else', () => {
    assert.equal(parse({}).run, 'onType')
    assert.equal(parse({run: 'manual'}).run, 'manual')
    assert.equal(parse({run: 'sometimes'}).run, 'onType')
    assert.equal(parse({attributionScope: 'paragraph'}).attributionScope, 'paragraph')
    assert.equal(parse({attributionScope: 42}).attributionScope, 'sentence')
    assert.equal(articleSettings(parse({attributionScope: 'paragraph'})).attributionScope, 'paragraph')
  })

  it('keeps the problem limit between 1 and 500', () => {
    assert.equal(parse({}).maxProblems, MAX_PROBLEMS)
    assert.equal(parse({maxProblems: 5000}).maxProblems, 500)
    assert.equal(parse({maxProblems: 0}).maxProblems, 1)
    assert.equal(parse({maxProblems: 20.4}).maxProblems, 20)
  })

  it('reads the inlay hints mode, and the deprecated boolean only when the mode is not set', () => {
    assert.equal(parse({}).inlayHints, 'firstPerSentence')
    assert.equal(parse({inlayHints: 'all'}).inlayHints, 'all')
    // A user's old `"sourced.inlayHints.enabled": false` arrives as an object in place of the string.
    assert.equal(parse({inlayHints: {enabled: false}, 'inlayHints.enabled': false}).inlayHints, 'off')
    assert.equal(parse({inlayHints: {enabled: true}, 'inlayHints.enabled': true}).inlayHints, 'firstPerSentence')
    assert.equal(parse({inlayHints: 'all', 'inlayHints.enabled': false}).inlayHints, 'all')
  })
})
