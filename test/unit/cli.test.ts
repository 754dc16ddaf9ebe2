// The bundled CLI as a process: its exit codes (0 clean, 1 problems that fail the run,
// 2 usage or read errors), files that cannot be analysed (one clear line on stderr
// each, while the good files beside them are still reported) and the JSON contract.
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'

const root = resolve(__dirname, '../..')
const cli = join(root, 'dist/cli.js')

interface Run {
  status: number | null
  stdout: string
  stderr: string
}

function sourced(args: string[], input?: string): Run {
  const result = spawnSync(process.execPath, [cli, ...args], {cwd: root, encoding: 'utf8', input, maxBuffer: 1 << 26})
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** The stderr lines, without the trailing empty one. */
const lines = (stderr: string) => stderr.split('\n').filter((line) => line.length > 0)

describe('CLI (dist/cli.js)', function () {
  this.timeout(60_000)
  let dir = ''
  let good = ''
  let quiet = ''

  before(() => {
    if (!existsSync(cli)) {
      const build = spawnSync(process.execPath, ['esbuild.js'], {cwd: root, encoding: 'utf8'})
      assert.equal(build.status, 0, `node esbuild.js failed: ${build.stderr}`)
    }
    dir = mkdtempSync(join(tmpdir(), 'sourced-cli-'))
    good = join(dir, 'good.txt')
    writeFileSync(good, 'Die Stadt zählt 240.000 Einwohner.\n\nLaut Polizei kamen 3.000 Menschen zur Demonstration.\n')
    quiet = join(dir, 'quiet.txt')
    writeFileSync(quiet, 'Der Himmel war blau, und die Vögel sangen.\n')
  })

  after(() => rmSync(dir, {recursive: true, force: true}))

  const bad = () => {
    const missing = join(dir, 'missing.txt')
    const binary = join(dir, 'binary.txt')
    writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x12, 0x00, 0x41, 0x42]))
    const latin1 = join(dir, 'latin1.txt')
    writeFileSync(latin1, Buffer.from('Gr\u00fc\u00dfe: 12 Euro', 'latin1'))
    const huge = join(dir, 'huge.txt')
    writeFileSync(huge, 'Es kamen 12 Menschen. '.repeat(2000))
    return {missing, binary, latin1, huge}
  }

  it('reports each unreadable, binary, non-UTF-8 or too large file on stderr and in JSON; exits 2', () => {
    const files = bad()
    const run = sourced([
      '--format',
      'json',
      '--max-size',
      '20000',
      files.missing,
      good,
      files.binary,
      files.latin1,
      files.huge
    ])
    assert.equal(run.status, 2, run.stderr)
    const errors = lines(run.stderr)
    assert.equal(errors.length, 4, run.stderr)
    const expected: Array<[string, RegExp]> = [
      [files.missing, /no such file/],
      [files.binary, /binary/],
      [files.latin1, /not UTF-8/],
      [files.huge, /too large \(\d+ bytes; the limit is 20000/]
    ]
    for (const [path, reason] of expected) {
      const line = errors.find((l) => l.includes(path))
      assert.ok(line, `no error line for ${path}:\n${run.stderr}`)
      assert.match(line, /^sourced: /)
      assert.match(line, reason)
    }
    const report = JSON.parse(run.stdout) as {
      files: Array<{path: string}>
      failures: Array<{path: string; error: string}>
    }
    assert.deepEqual(
      report.files.map((file) => file.path),
      [good]
    )
    assert.deepEqual(
      report.failures.map((failure) => failure.path),
      [files.missing, files.binary, files.latin1, files.huge]
    )
    for (const [path, reason] of expected)
      assert.match(report.failures.find((failure) => failure.path === path)?.error ?? '', reason)
  })

  it('prints a text report for the good file and the errors on stderr', () => {
    const files = bad()
    const run = sourced([files.missing, good])
    assert.equal(run.status, 2)
    const first = `${good}:1:17: warning Zahl „240.000 Einwohner“ ohne Quelle [unattributed-figure]\n`
    assert.ok(run.stdout.startsWith(first), run.stdout)
    assert.match(run.stdout, /1 problem \(1 warning\) in 1 file; 1 file could not be checked\.\n$/)
    assert.deepEqual(lines(run.stderr), [`sourced: ${files.missing}: no such file`])
  })

  it('exits 1 on a warning by default, 0 when nothing fails, 2 on a bad option', () => {
    const warned = sourced([good])
    assert.equal(warned.status, 1, warned.stderr)
    assert.equal(warned.stderr, '')
    assert.equal(sourced([quiet]).status, 0)
    assert.equal(sourced(['--fail-on', 'error', good]).status, 0)
    assert.equal(sourced(['--max-warnings', '1', good]).status, 0)
    assert.equal(sourced(['--max-warnings', '0', good]).status, 1)
    assert.equal(sourced(['--fail-on', 'sometimes', good]).status, 2)
  })

  it('keeps --frail as a deprecated alias of --fail-on warning, with a note on stderr', () => {
    const frail = sourced(['--frail', '--format', 'json', good])
    assert.equal(frail.status, 1)
    assert.match(frail.stderr, /--frail is deprecated/)
    assert.equal(sourced(['--frail', quiet]).status, 0)
  })

  it('exits 0 with --format json whatever it reports, unless --fail-on or --max-warnings is given', () => {
    assert.equal(sourced(['--format', 'json', good]).status, 0)
    assert.equal(sourced(['--format', 'json', '--fail-on', 'warning', good]).status, 1)
    assert.equal(sourced(['--format', 'json', '--max-warnings', '0', good]).status, 1)
  })

  it('keeps the JSON contract {"files":[{"path","language","figures","sources","claims","diagnostics"}]}', () => {
    const run = sourced(['--format', 'json', good])
    assert.equal(run.status, 0, run.stderr)
    const report = JSON.parse(run.stdout) as {files: Array<Record<string, unknown>>}
    assert.deepEqual(Object.keys(report), ['files'])
    assert.equal(report.files.length, 1)
    const [file] = report.files
    assert.ok(file)
    assert.deepEqual(Object.keys(file).sort(), ['claims', 'diagnostics', 'figures', 'language', 'path', 'sources'])
    assert.equal(file.path, good)
    assert.equal(file.language, 'de')
    const figures = file.figures as Array<{
      start: number
      end: number
      status: string
      source: string | null
      text: string
    }>
    assert.ok(figures.length >= 2)
    for (const figure of figures) {
      assert.ok(Number.isInteger(figure.start) && Number.isInteger(figure.end) && figure.start < figure.end)
      assert.ok(['named', 'vague', 'none'].includes(figure.status))
    }
    const sources = file.sources as Array<{id: string; name: string; aliases: string[]}>
    for (const figure of figures)
      if (figure.source !== null) assert.ok(sources.some((source) => source.id === figure.source))
    assert.ok(Array.isArray(file.claims) && Array.isArray(file.diagnostics))
  })

  it('reads stdin, and refuses binary input there with one line and exit 2', () => {
    const ok = sourced(['--format', 'json'], 'Laut Polizei kamen 3.000 Menschen.')
    assert.equal(ok.status, 0, ok.stderr)
    assert.equal((JSON.parse(ok.stdout) as {files: unknown[]}).files.length, 1)
    const binary = sourced(['--format', 'json', '-'], 'a\u0000b')
    assert.equal(binary.status, 2)
    assert.deepEqual(lines(binary.stderr), ['sourced: <stdin>: looks binary (contains NUL bytes), skipped'])
  })

  it('rejects bad options with a message and exit 2', () => {
    const run = sourced(['--format', 'xml', good])
    assert.equal(run.status, 2)
    assert.match(run.stderr, /^sourced: unknown --format xml/)
    assert.equal(sourced(['--max-size', '-1', good]).status, 2)
  })
})
