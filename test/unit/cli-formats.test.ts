// The CLI's report formats, run in this process: the text report (one problem a line,
// summary, colour rules), SARIF 2.1.0 checked against the OASIS schema, GitHub
// workflow commands with their escaping, --output, --quiet, and the stdin hint.
import assert from 'node:assert/strict'
import {readFileSync, rmSync} from 'node:fs'
import {join, resolve} from 'node:path'
import Ajv from 'ajv-draft-04'
import addFormats from 'ajv-formats'
import {escapeData, escapeProperty} from '../../src/cli/formats/github.js'
import {ARTICLES, folderWith, runCli} from './cli-harness.js'

const ESC = '\u001b['

describe('CLI formats', function () {
  this.timeout(20_000)
  let cwd = ''

  before(() => {
    cwd = folderWith({
      // Stops the search for a configuration here, whatever lies above the temporary folder.
      '.sourcedrc.json': '{}',
      'mixed.news': ARTICLES.englishMixed,
      'clean.news': ARTICLES.germanSourced,
      'two claims.news': ARTICLES.germanTwoClaims,
      'odd,name:1.news': 'Die Quote stieg auf 45 %.\n'
    })
  })
  after(() => rmSync(cwd, {recursive: true, force: true}))

  describe('text', () => {
    it('prints one problem a line as path:line:col: severity message [rule], then a summary', async () => {
      const run = await runCli(['mixed.news', 'clean.news'], {cwd})
      assert.equal(run.status, 1)
      assert.equal(
        run.stdout,
        [
          'mixed.news:1:19: warning Figure “4 million euros” has no source [unattributed-figure]',
          'mixed.news:3:1: info Claim attributed to a vague source (“Officials”) [vague-source]',
          'mixed.news:5:11: info “reportedly” in a sentence that names no source [hedge-without-source]',
          '',
          '3 problems (1 warning, 2 info) in 2 files.',
          ''
        ].join('\n')
      )
    })

    it('says so when there is nothing to report, in the singular', async () => {
      const run = await runCli(['clean.news'], {cwd})
      assert.equal(run.status, 0)
      assert.equal(run.stdout, 'No problems in 1 file.\n')
    })

    it('prints a vague source that stands for two claims once (JSON keeps one diagnostic per claim)', async () => {
      const text = await runCli(['two claims.news'], {cwd})
      assert.deepEqual(
        text.stdout.split('\n').filter((line) => line.includes('[vague-source]')),
        ['two claims.news:1:5: info Aussage mit vager Quelle („der Ukraine“) [vague-source]']
      )
      const json = await runCli(['--format', 'json', 'two claims.news'], {cwd})
      const report = JSON.parse(json.stdout) as {files: Array<{diagnostics: Array<{claim: string | null}>}>}
      assert.deepEqual(
        report.files[0]?.diagnostics.map((diagnostic) => diagnostic.claim),
        ['c1', 'c2']
      )
    })

    it('--quiet prints only what fails the run, and nothing when nothing does', async () => {
      const run = await runCli(['--quiet', 'mixed.news'], {cwd})
      assert.equal(
        run.stdout,
        'mixed.news:1:19: warning Figure “4 million euros” has no source [unattributed-figure]\n\n' +
          '1 problem (1 warning) in 1 file.\n'
      )
      const silent = await runCli(['--quiet', '--fail-on', 'error', 'mixed.news'], {cwd})
      assert.equal(silent.stdout, '')
      assert.equal(silent.status, 0)
    })
  })

  describe('colour', () => {
    const colours = async (args: string[], setup: {tty: boolean; env?: Record<string, string>}) =>
      (await runCli([...args, 'mixed.news'], {cwd, stdoutIsTTY: setup.tty, env: setup.env ?? {}})).stdout.includes(ESC)

    it('colours on a terminal only', async () => {
      assert.equal(await colours([], {tty: true}), true)
      assert.equal(await colours([], {tty: false}), false)
      assert.equal(await colours([], {tty: true, env: {TERM: 'dumb'}}), false)
    })

    it('honours NO_COLOR (when not empty), and --color / --no-color over both', async () => {
      assert.equal(await colours([], {tty: true, env: {NO_COLOR: '1'}}), false)
      assert.equal(await colours([], {tty: true, env: {NO_COLOR: ''}}), true)
      assert.equal(await colours(['--color'], {tty: false, env: {NO_COLOR: '1'}}), true)
      assert.equal(await colours(['--no-color'], {tty: true}), false)
      const both = await runCli(['--color', '--no-color', 'mixed.news'], {cwd})
      assert.equal(both.status, 2)
    })

    it('keeps path:line:col uncoloured, so terminals still link it', async () => {
      const run = await runCli(['--color', 'mixed.news'], {cwd})
      assert.ok(run.stdout.startsWith(`mixed.news:1:19: ${ESC}33mwarning${ESC}39;22m Figure`), run.stdout)
    })
  })

  describe('sarif', () => {
    const schema = JSON.parse(
      readFileSync(resolve(__dirname, '../fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8')
    ) as Record<string, unknown>
    // The OASIS schema is draft-04, and lists `required` names under `anyOf` that strict mode rejects.
    const ajv = new Ajv({strict: false, allErrors: true})
    addFormats(ajv)
    const validate = ajv.compile(schema)

    interface SarifLog {
      runs: Array<{
        tool: {driver: Record<string, unknown> & {rules: Array<Record<string, unknown> & {id: string}>}}
        columnKind: string
        originalUriBaseIds: Record<string, {uri: string}>
        invocations: Array<{executionSuccessful: boolean; toolExecutionNotifications: Array<{message: {text: string}}>}>
        results: Array<{
          ruleId: string
          level: string
          message: {text: string}
          locations: Array<{
            physicalLocation: {
              artifactLocation: {uri?: string; uriBaseId?: string}
              region: {startLine: number; startColumn: number; endLine: number; endColumn: number}
            }
          }>
        }>
      }>
    }

    const sarif = async (args: string[], stdin?: string) => {
      const run = await runCli(['--format', 'sarif', ...args], {cwd, ...(stdin === undefined ? {} : {stdin})})
      const log = JSON.parse(run.stdout) as SarifLog
      assert.ok(validate(log), JSON.stringify(validate.errors, null, 2))
      const [first] = log.runs
      assert.ok(first)
      return {run, log, first}
    }

    it('is valid SARIF 2.1.0, with the rules described and no invented web address', async () => {
      const {run, first} = await sarif(['mixed.news', 'two claims.news', 'missing.news'])
      assert.equal(run.status, 2)
      const driver = first.tool.driver
      assert.equal(driver.name, 'Sourced')
      assert.match(String(driver.version), /^\d+\.\d+\.\d+/)
      assert.equal(driver.informationUri, undefined)
      assert.deepEqual(
        driver.rules.map((rule) => rule.id),
        ['unattributed-figure', 'vague-source', 'hedge-without-source']
      )
      for (const rule of driver.rules) {
        assert.equal(rule.helpUri, undefined, 'SARIF wants an absolute helpUri; Sourced has no web address')
        assert.match(JSON.stringify(rule.help), new RegExp(`docs/rules/${rule.id}\\.md`))
        assert.ok(JSON.stringify(rule.shortDescription).length > 20)
      }
      assert.ok(!run.stdout.includes('http'), 'no web address in the log')
      assert.equal(first.columnKind, 'utf16CodeUnits')
      assert.equal(first.invocations[0]?.executionSuccessful, false)
      assert.match(
        first.invocations[0]?.toolExecutionNotifications[0]?.message.text ?? '',
        /missing\.news: no such file/
      )
    })

    it('locates results relative to the working directory, 1-based, end column after the last character', async () => {
      const {first} = await sarif(['mixed.news', 'two claims.news'])
      const [figure] = first.results
      assert.ok(figure)
      assert.equal(figure.ruleId, 'unattributed-figure')
      assert.equal(figure.level, 'warning')
      assert.equal(figure.message.text, 'Figure “4 million euros” has no source')
      assert.deepEqual(figure.locations[0]?.physicalLocation, {
        artifactLocation: {uri: 'mixed.news', uriBaseId: '%SRCROOT%'},
        region: {startLine: 1, startColumn: 19, endLine: 1, endColumn: 34}
      })
      assert.equal(first.originalUriBaseIds['%SRCROOT%']?.uri, `file://${cwd}/`)
      // A space in a file name is percent-encoded; information is a note; the twice-reported source once.
      const vague = first.results.filter((result) => result.ruleId === 'vague-source')
      assert.deepEqual(
        vague.map((result) => [result.level, result.locations[0]?.physicalLocation.artifactLocation.uri]),
        [
          ['note', 'mixed.news'],
          ['note', 'two%20claims.news']
        ]
      )
    })

    it('counts columns in UTF-16 code units (an emoji is two)', async () => {
      const {first} = await sarif(['-'], `\u{1F4F0} ${ARTICLES.germanUnsourced}`)
      const region = first.results[0]?.locations[0]?.physicalLocation.region
      assert.deepEqual(region, {startLine: 1, startColumn: 20, endLine: 1, endColumn: 37})
    })
  })

  describe('github', () => {
    it('prints a workflow command per problem, with line, columns and the rule as title', async () => {
      const run = await runCli(['--format', 'github', 'mixed.news'], {cwd})
      assert.equal(run.status, 1)
      assert.deepEqual(run.stdout.split('\n'), [
        '::warning file=mixed.news,line=1,col=19,endLine=1,endColumn=34,title=unattributed-figure (Sourced)' +
          '::Figure “4 million euros” has no source',
        '::notice file=mixed.news,line=3,col=1,endLine=3,endColumn=10,title=vague-source (Sourced)' +
          '::Claim attributed to a vague source (“Officials”)',
        '::notice file=mixed.news,line=5,col=11,endLine=5,endColumn=21,title=hedge-without-source (Sourced)' +
          '::“reportedly” in a sentence that names no source',
        ''
      ])
    })

    it('escapes % in messages and , and : in properties', async () => {
      const run = await runCli(['--format', 'github', 'odd,name:1.news'], {cwd})
      assert.equal(
        run.stdout,
        '::warning file=odd%2Cname%3A1.news,line=1,col=21,endLine=1,endColumn=25,' +
          'title=unattributed-figure (Sourced)::Zahl „45 %25“ ohne Quelle\n'
      )
      assert.equal(escapeData('50 %\r\nmehr'), '50 %25%0D%0Amehr')
      assert.equal(escapeProperty('a:b,c%\n'), 'a%3Ab%2Cc%25%0A')
    })
  })

  describe('--output', () => {
    it('writes the report to the file, nothing to stdout, with the same exit code and no colour', async () => {
      const run = await runCli(['--format', 'sarif', '--output', 'report.sarif', 'mixed.news'], {
        cwd,
        stdoutIsTTY: true
      })
      assert.equal(run.status, 1)
      assert.equal(run.stdout, '')
      const log = JSON.parse(readFileSync(join(cwd, 'report.sarif'), 'utf8')) as {runs: Array<{results: unknown[]}>}
      assert.equal(log.runs[0]?.results.length, 3)
      const text = await runCli(['-o', 'report.txt', 'mixed.news'], {cwd, stdoutIsTTY: true})
      assert.equal(text.stdout, '')
      const written = readFileSync(join(cwd, 'report.txt'), 'utf8')
      assert.ok(written.startsWith('mixed.news:1:19: warning'), written)
      assert.ok(!written.includes(ESC))
    })

    it('exits 2 when the file cannot be written', async () => {
      const run = await runCli(['--output', 'no/such/folder/report.txt', 'mixed.news'], {cwd})
      assert.equal(run.status, 2)
      assert.match(run.stderr, /^sourced: cannot write no\/such\/folder\/report\.txt/)
    })
  })

  describe('stdin', () => {
    it('says on stderr that it reads stdin when that is a terminal, and says nothing when it is a pipe', async () => {
      const terminal = await runCli([], {cwd, stdin: ARTICLES.germanUnsourced, stdinIsTTY: true})
      assert.match(terminal.stderr, /^sourced: reading an article from standard input; end it with Ctrl-D/)
      assert.match(terminal.stdout, /^<stdin>:1:17: warning Zahl „240\.000 Einwohner“ ohne Quelle/)
      const pipe = await runCli([], {cwd, stdin: ARTICLES.germanUnsourced})
      assert.equal(pipe.stderr, '')
      assert.equal(pipe.stdout, terminal.stdout)
    })
  })
})
