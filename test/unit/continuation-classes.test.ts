// Classes of the document pass and of continued speech: which source a later sentence
// or pronoun goes on with. Positive and negative sentences of our own.
import assert from 'node:assert/strict'
import type {Analysis} from '../../src/core/index.js'
import {run, sourceOf} from './helpers.js'

/** The text of each claim with the name of its source (or `vague`). */
function claimsOf(text: string, analysis: Analysis): {text: string; source: string}[] {
  return analysis.claims.map((claim) => ({
    text: text.slice(claim.start, claim.end),
    source: analysis.sources.find((s) => s.id === claim.source)?.name ?? 'vague'
  }))
}

describe('continuation classes', () => {
  describe('a plural pronoun after unnamed speakers', () => {
    it('gives `They said` the unnamed officials between it and the named source (vague)', () => {
      const text =
        'The city police said 40 cars were stolen. Officials said the thefts began in May. ' +
        'They said 12 suspects were arrested.'
      const a = run(text, 'en')
      assert.equal(sourceOf(a, '40 cars'), 'city police')
      assert.equal(sourceOf(a, '12 suspects'), 'vague')
      assert.deepEqual(claimsOf(text, a).at(-1), {text: '12 suspects were arrested.', source: 'vague'})
    })

    it('still gives `They said` the named source when no unnamed speaker stands between', () => {
      const a = run('The city police said 40 cars were stolen. They said 12 suspects were arrested.', 'en')
      assert.equal(sourceOf(a, '12 suspects'), 'city police')
    })

    it('reads unnamed German speakers as many by their plural verb (Anwohner sagten … Sie sagten …)', () => {
      const text =
        'Die Polizei teilte mit, 40 Autos seien gestohlen worden. Anwohner sagten, die Serie habe im Mai begonnen. ' +
        'Sie sagten, 12 Verdächtige seien festgenommen worden.'
      const a = run(text, 'de')
      assert.equal(sourceOf(a, '40 Autos'), 'Polizei')
      assert.equal(sourceOf(a, '12 Verdächtige'), 'vague')
    })

    it('still gives German `Sie sagten` the named source right before it', () => {
      const a = run('Die Stadtwerke teilten mit, 40 Busse seien ausgefallen. Sie sagten, 12 Fahrer seien krank.', 'de')
      assert.equal(sourceOf(a, '12 Fahrer'), 'Stadtwerke')
    })

    it('lets unnamed speakers before the named source take nothing from it', () => {
      const text =
        'Officials said the thefts began in May. The city police said 40 cars were stolen. ' +
        'They said 12 suspects were arrested.'
      assert.equal(sourceOf(run(text, 'en'), '12 suspects'), 'city police')
    })
  })
})
