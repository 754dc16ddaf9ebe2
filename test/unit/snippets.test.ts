import assert from 'node:assert/strict'
import {attributionSnippets, snippetPreview} from '../../src/editor/attribution.js'
import {run} from './helpers.js'

describe('attribution snippets (quick fix)', () => {
  it("takes the engine's suggestion, its last word the placeholder", () => {
    const [german] = run('Es gab 12 Verletzte.', 'de').diagnostics
    const snippets = attributionSnippets('de', german)
    assert.deepEqual(snippets.map(snippetPreview), [', laut Quelle'])
    assert.match(snippets[0] ?? '', /^, laut \$\{1:Quelle\}$/)
    const [english] = run('There were 12 injuries.', 'en').diagnostics
    assert.deepEqual(attributionSnippets('en', english).map(snippetPreview), [', according to source'])
  })

  it('falls back to the default of a built-in language, and to none for a language registered at run time', () => {
    assert.deepEqual(attributionSnippets('de').map(snippetPreview), [', laut Quelle'])
    assert.deepEqual(attributionSnippets('en').map(snippetPreview), [', according to source'])
    assert.deepEqual(attributionSnippets('fr'), [])
  })
})
