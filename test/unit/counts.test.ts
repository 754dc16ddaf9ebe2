import assert from 'node:assert/strict'
import {analyseArticle, type Analysis, type ArticleSettings, type RuleId} from '../../src/core/index.js'
import {articleCounts, unattributedFigures, vagueItems} from '../../src/editor/counts.js'

const GERMAN =
  'Im Becken schwimmen 40 Karpfen. Experten zufolge kamen 300 Gäste. Experten warnten, die Lage sei ernst.\n\n' +
  'Im Zoo leben 5 Löwen. [sourced-ignore]\n\n' +
  'Laut Polizeisprecher Jan Meyer wurden 17 Menschen verletzt.\n'
const ENGLISH =
  'The pool holds 40 carp. Officials said 300 guests came. Officials said the situation was serious.\n\n' +
  'Police spokesman Jan Meyer said 17 people were hurt.\n'

const analyse = (text: string, settings: ArticleSettings = {}) => analyseArticle(text, {settings})
const problems = (analysis: Analysis, rule: RuleId) =>
  analysis.diagnostics.filter((message) => message.ruleId === rule).length

describe('counts', () => {
  it('counts each kind once, as Problems does (de, en)', () => {
    const german = analyse(GERMAN)
    assert.deepEqual(articleCounts(german), {
      figures: 4,
      named: 1,
      vague: 2,
      unattributed: 1,
      ignored: 1,
      sources: 1,
      claims: 3
    })
    const english = analyse(ENGLISH)
    assert.deepEqual(articleCounts(english), {
      figures: 3,
      named: 1,
      vague: 2,
      unattributed: 1,
      ignored: 0,
      sources: 1,
      claims: 3
    })
    for (const analysis of [german, english]) {
      assert.equal(articleCounts(analysis).unattributed, problems(analysis, 'unattributed-figure'))
      assert.equal(articleCounts(analysis).vague, problems(analysis, 'vague-source'))
    }
  })

  it('names the figures and claims it counts: a vague claim without figures is vague too', () => {
    const analysis = analyse(GERMAN)
    assert.deepEqual(
      unattributedFigures(analysis).map((figure) => figure.text),
      ['40 Karpfen']
    )
    const vague = vagueItems(analysis)
    assert.deepEqual(
      vague.figures.map((figure) => figure.text),
      ['300 Gäste']
    )
    assert.deepEqual(
      vague.claims.map((claim) => claim.cue.text),
      ['warnten']
    )
  })

  it('counts no problem of a rule that is off, nor an ignored figure', () => {
    const off = analyse(ENGLISH, {severity: {'unattributed-figure': 'off'}})
    assert.equal(articleCounts(off).unattributed, 0)
    assert.equal(articleCounts(off).vague, 2)
    const vagueOff = analyse(GERMAN, {severity: {'vague-source': 'off'}})
    assert.equal(articleCounts(vagueOff).vague, 0)
    assert.equal(articleCounts(vagueOff).unattributed, 1)
    const ignored = analyse(ENGLISH, {ignoredFigures: ['40 carp']})
    assert.equal(articleCounts(ignored).unattributed, 0)
    assert.equal(articleCounts(ignored).ignored, 1)
  })
})
