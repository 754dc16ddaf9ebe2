// `attributionScope: 'paragraph'`: a source named earlier in a paragraph covers its later figures.
import assert from 'node:assert/strict'
import {analyseArticle} from '../../src/core/index.js'
import {figure, run, sourceOf} from './helpers.js'

describe('attribution scope', () => {
  const paragraph = {attributionScope: 'paragraph'} as const

  describe('German', () => {
    const text =
      'Die Stadtwerke teilten am Montag mit, der Gaspreis steige um 12 Prozent. ' +
      'Betroffen sind 40.000 Haushalte.\n\n' +
      'Im Neubaugebiet entstehen 300 Wohnungen.\n'

    it('leaves a later sentence without a source by default (the guidelines)', () => {
      const a = run(text, 'de')
      assert.equal(sourceOf(a, '12 Prozent'), 'Stadtwerke')
      assert.equal(sourceOf(a, '40.000 Haushalte'), 'none')
      assert.ok(a.diagnostics.some((d) => d.ruleId === 'unattributed-figure' && d.figure === figure(a, '40.000').id))
    })

    it('covers the later figures of the paragraph with the source named before them', () => {
      const a = run(text, 'de', paragraph)
      const covered = figure(a, '40.000 Haushalte')
      assert.equal(sourceOf(a, '40.000 Haushalte'), 'Stadtwerke')
      assert.equal(covered.via, 'paragraph')
      assert.equal(covered.claim, figure(a, '12 Prozent').claim)
      assert.ok(!a.diagnostics.some((d) => d.figure === covered.id), 'no diagnostic on the covered figure')
      // The next paragraph has no source of its own.
      assert.equal(sourceOf(a, '300 Wohnungen'), 'none')
    })

    it('does not reach back: a figure before the first attribution stays without a source', () => {
      const a = run('Es gab 14 Verletzte. Die Polizei sagte, 3 Menschen seien festgenommen worden.', 'de', paragraph)
      assert.equal(sourceOf(a, '14 Verletzte'), 'none')
      assert.equal(sourceOf(a, '3 Menschen'), 'Polizei')
    })

    it('ends the cover at a vague claim', () => {
      const a = run(
        'Der Landrat sagte, es fehlten 200 Pflegekräfte. Experten schätzen, es seien 500 Pflegekräfte. ' +
          'In den Heimen leben 9.000 Menschen.',
        'de',
        paragraph
      )
      assert.equal(sourceOf(a, '200 Pflegekräfte'), 'Landrat')
      assert.equal(sourceOf(a, '500 Pflegekräfte'), 'vague')
      assert.equal(sourceOf(a, '9.000 Menschen'), 'none')
    })

    it('reaches the engine through the article settings, as the CLI and the editor pass them', () => {
      const a = analyseArticle(text, {settings: {language: 'de', attributionScope: 'paragraph'}})
      assert.equal(sourceOf(a, '40.000 Haushalte'), 'Stadtwerke')
      assert.equal(sourceOf(analyseArticle(text, {settings: {language: 'de'}}), '40.000 Haushalte'), 'none')
    })
  })

  describe('English', () => {
    const text =
      'The harbour authority said 300 ships called at the port last year. ' +
      'Cargo volumes grew by 8 percent.\n\n' +
      'The new terminal will cost $40 million.\n'

    it('leaves a later sentence without a source by default', () => {
      const a = run(text, 'en')
      assert.equal(sourceOf(a, '300 ships'), 'harbour authority')
      assert.equal(sourceOf(a, '8 percent'), 'none')
    })

    it('covers the later figures of the paragraph, not those of the next paragraph', () => {
      const a = run(text, 'en', paragraph)
      assert.equal(sourceOf(a, '8 percent'), 'harbour authority')
      assert.equal(figure(a, '8 percent').via, 'paragraph')
      assert.equal(sourceOf(a, '40 million'), 'none')
      assert.deepEqual(
        a.diagnostics.filter((d) => d.ruleId === 'unattributed-figure').map((d) => d.figure),
        [figure(a, '40 million').id]
      )
    })
  })
})
