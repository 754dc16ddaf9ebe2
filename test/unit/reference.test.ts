// The reference article and the dev corpus live in ../shared beside the repo
// (read at run time, never copied here). These tests pin what the issue promises.
import assert from 'node:assert/strict'
import {execFileSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {analyse, type Analysis} from '../../src/core/index.js'

const corpus = resolve(__dirname, '../../../shared/corpus')
const article = resolve(corpus, 'dev/de-nordkorea-soldaten.txt')

/** Without `path` (a clone without ../shared beside it) the suite is skipped, and says why. */
function skipWithout(context: Mocha.Context, path: string): void {
  if (existsSync(path)) return
  console.warn(`      skipped: ${path} is absent (the shared corpus lies beside the repository)`)
  context.skip()
}

describe('reference article (de-nordkorea-soldaten)', function () {
  let text: string
  let analysis: Analysis
  const at = (needle: string, occurrence = 1) => {
    let index = -1
    for (let k = 0; k < occurrence; k++) index = text.indexOf(needle, index + 1)
    assert.ok(index >= 0, `“${needle}” #${occurrence} is in the article`)
    return analysis.figures.find((f) => f.start < index + needle.length && index < f.end)
  }
  const sourceName = (needle: string, occurrence = 1) =>
    analysis.sources.find((s) => s.id === at(needle, occurrence)?.source)?.name

  before(function () {
    skipWithout(this, article)
    text = readFileSync(article, 'utf8')
    analysis = analyse(text)
  })

  it('is German', () => assert.equal(analysis.language, 'de'))

  it('finds all 8 gold figures and flags no date or time', () => {
    const gold = JSON.parse(readFileSync(article.replace(/\.txt$/, '.gold.json'), 'utf8')) as {
      figures: Array<{text: string; occurrence: number}>
    }
    assert.equal(gold.figures.length, 8)
    for (const g of gold.figures) assert.ok(at(g.text, g.occurrence), `found ${g.text}`)
    for (const f of analysis.figures) assert.doesNotMatch(f.text, /\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}:\d{2}|Uhr/)
  })

  it('attributes 1.500 Soldaten to the NIS, one source with its German and English names', () => {
    const nis = analysis.sources.find((s) => s.id === at('1.500 Soldaten')?.source)
    assert.equal(nis?.name, 'NIS')
    assert.ok(nis?.aliases.includes('National Intelligence Service'))
    assert.ok(nis?.aliases.includes('südkoreanischen Geheimdienstes'))
    assert.equal(nis?.type, 'organization')
  })

  it('attributes 11.000 to Kyrylo Budanow, 10.000 Soldaten to Wolodymyr Selenskyj, mehrere Tausend to the ISW', () => {
    assert.equal(sourceName('11.000'), 'Kyrylo Budanow')
    assert.equal(sourceName('10.000 Soldaten'), 'Wolodymyr Selenskyj')
    assert.equal(at('10.000 Soldaten')?.via, 'quote')
    assert.equal(sourceName('mehrere Tausend'), 'ISW')
  })

  it('carries the South Korean side on to acht Millionen', () => {
    assert.match(sourceName('acht Millionen') ?? '', /südkoreanische/)
    assert.equal(at('acht Millionen')?.via, 'continuation')
  })

  it('attributes the headline figure by echo and flags Tausende as unattributed', () => {
    assert.equal(at('12.000 Soldaten')?.via, 'echo')
    assert.equal(sourceName('12.000 Soldaten'), 'NIS')
    const tausende = at('Tausende')
    assert.equal(tausende?.status, 'none')
    const flagged = analysis.diagnostics.filter((d) => d.ruleId === 'unattributed-figure')
    assert.deepEqual(flagged.map((d) => text.slice(d.start, d.end)), ['Tausende'])
  })
})

describe('dev corpus score', function () {
  this.timeout(60000)
  before(function () {
    skipWithout(this, resolve(corpus, 'score.mjs'))
  })
  // A ratchet, not a target: the floor is the score measured on the 21-article corpus
  // (7 tuned + 14 unseen articles); raise it as accuracy work lands, never lower it.
  it('scores ≥ 0.80 in total and ≥ 0.60 on each metric (score.mjs on the CLI)', () => {
    const cli = resolve(__dirname, '../../dist/cli.js')
    if (!existsSync(cli)) execFileSync('node', ['esbuild.js'], {cwd: resolve(__dirname, '../..')})
    const out = execFileSync(
      'node',
      [
        resolve(corpus, 'score.mjs'),
        '--cmd',
        `node ${JSON.stringify(cli)} --format json`,
        '--json',
        resolve(corpus, 'dev')
      ],
      {encoding: 'utf8'}
    )
    const {total} = JSON.parse(out) as {total: Record<string, number>}
    // A missing metric fails as a low one.
    assert.ok((total.score ?? 0) >= 0.8, `total ${total.score}`)
    for (const metric of ['figureF1', 'statusAccuracy', 'unattributedF1', 'sourceAccuracy', 'claimF1'])
      assert.ok((total[metric] ?? 0) >= 0.6, `${metric} ${total[metric]}`)
  })
})
