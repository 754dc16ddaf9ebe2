// Every regular expression in src/core, src/cli and src/cli.ts has a row in
// docs/regex-audit.md (why it runs in linear time), and no row names a pattern that
// is gone. The listing is scripts/regex-audit.mjs (TypeScript's parser), run here as
// `npm run audit:regex` runs it; rows are matched by pattern and flags, not by line.
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'

const root = resolve(__dirname, '../..')
const script = resolve(root, 'scripts/regex-audit.mjs')
const table = resolve(root, 'docs/regex-audit.md')

function check(tablePath: string): {status: number | null; output: string} {
  const run = spawnSync(process.execPath, [script, '--check', tablePath], {cwd: root, encoding: 'utf8'})
  return {status: run.status, output: `${run.stdout}${run.stderr}`}
}

describe('regex audit (docs/regex-audit.md)', () => {
  it('has a row for every pattern in the code and none for a pattern that is gone', () => {
    const {status, output} = check(table)
    assert.equal(status, 0, output)
    assert.match(output, /all \d+ patterns in the code have a row/)
  })

  it('fails on a table with a row missing, a row for a gone pattern, or a row without a reason', () => {
    const lines = readFileSync(table, 'utf8').split('\n')
    // A row of a pattern that occurs once in the code, so dropping it leaves that pattern without a row.
    const dropped = lines.findIndex(
      (line) => line.startsWith('| `src/core/recognize/quotes.ts:') && line.includes("/''\\|[\"„“”»«‘’‚]/g")
    )
    assert.ok(dropped > 0, 'the table has the row of the quotation-mark pattern')
    const unexplained = lines.findIndex((line) => line.startsWith('| `src/core/markdown.ts:') && line.includes('/`+/g'))
    assert.ok(unexplained > 0, 'the table has the row of the backtick-run pattern')
    const tampered = lines.map((line, index) =>
      index === unexplained ? line.replace(/\| [^|]*\|$/, '| TODO: why it is linear |') : line
    )
    tampered.splice(
      dropped,
      1,
      '| `src/core/text/tokens.ts:21` | ` /\\d{1,2}:\\d{2}(?::\\d{2})?(?!\\d)/y ` | sticky, bounded quantifiers. |'
    )
    const dir = mkdtempSync(join(tmpdir(), 'regex-audit-'))
    try {
      const path = join(dir, 'regex-audit.md')
      writeFileSync(path, tampered.join('\n'))
      const {status, output} = check(path)
      assert.equal(status, 1, output)
      assert.match(output, /no row in .*: src\/core\/recognize\/quotes\.ts:\d+ \/''\|\["„“”»«‘’‚\]\/g/)
      assert.match(output, /pattern no longer in the code: .*\(src\/core\/text\/tokens\.ts:21\) /)
      assert.ok(output.includes(String.raw`(src/core/text/tokens.ts:21) /\d{1,2}:\d{2}(?::\d{2})?(?!\d)/y`), output)
      assert.match(output, /row without a reason: .*\(src\/core\/markdown\.ts:\d+\) \/`\+\/g/)
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  })
})
