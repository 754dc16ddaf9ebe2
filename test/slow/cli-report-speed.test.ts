// The text report of a 5 MB article takes at most twice as long as its JSON: the
// formatter is linear in the problems (vfile-reporter, which it replaced, took five
// times as long as the JSON). A ratio, never an absolute time, and the faster of two
// runs each, so a busy machine does not fail it.
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'

const root = resolve(__dirname, '../..')
const cli = join(root, 'dist/cli.js')

/** About `bytes` of paragraphs, each with other numbers, so no paragraph repeats (the cache keys on text). */
function article(bytes: number): string {
  const paragraphs: string[] = []
  let size = 0
  for (let k = 0; size < bytes; k++) {
    const paragraph =
      k % 2 === 0
        ? `Die Stadt zählt ${1000 + k} Einwohner. Laut Polizei kamen ${k + 3} Menschen zur Demonstration. ` +
          `Experten sagten, ${k + 7} Häuser seien überflutet. Der Täter ist offenbar geflohen.`
        : `The council spent ${k + 4} million euros on the bridge. Officials said ${k + 9} homes were flooded. ` +
          `The mayor reportedly resigned, and ${k + 2} staff left, the city said.`
    paragraphs.push(paragraph)
    size += Buffer.byteLength(paragraph) + 2
  }
  return paragraphs.join('\n\n') + '\n'
}

function seconds(format: string, path: string): number {
  const start = process.hrtime.bigint()
  const run = spawnSync(process.execPath, [cli, '--format', format, '--fail-on', 'never', '--max-size', '1e8', path], {
    encoding: 'utf8',
    maxBuffer: 1 << 30
  })
  assert.equal(run.status, 0, run.stderr)
  return Number(process.hrtime.bigint() - start) / 1e9
}

describe('CLI report speed', function () {
  this.timeout(300_000)
  let dir = ''
  before(() => {
    if (!existsSync(cli)) assert.equal(spawnSync(process.execPath, ['esbuild.js'], {cwd: root}).status, 0)
    dir = mkdtempSync(join(tmpdir(), 'sourced-speed-'))
  })
  after(() => rmSync(dir, {recursive: true, force: true}))

  it('prints the text report of a 5 MB article within twice the time of its JSON', () => {
    const path = join(dir, 'long.news')
    writeFileSync(path, article(5 * 1024 * 1024))
    const json = Math.min(seconds('json', path), seconds('json', path))
    const text = Math.min(seconds('text', path), seconds('text', path))
    if (process.env.SOURCED_LINEAR_VERBOSE) console.log(`json ${json.toFixed(2)} s, text ${text.toFixed(2)} s`)
    assert.ok(text <= 2 * json, `text ${text.toFixed(2)} s, json ${json.toFixed(2)} s`)
  })
})
