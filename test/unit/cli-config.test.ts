// Configuration for the CLI: the nearest .sourcedrc.json (or package.json "sourced" key)
// above each article, --config instead of the search, flags over both; wrong values
// are errors (exit 2) with the editor's checks; the JSON Schema the extension
// contributes for .sourcedrc.json says what package.json's settings say.
import assert from 'node:assert/strict'
import {readFileSync, rmSync, writeFileSync} from 'node:fs'
import {resolve} from 'node:path'
import Ajv from 'ajv'
import {ruleIds} from '../../src/core/index.js'
import {SHARED_SETTING_KEYS} from '../../src/editor/settings.js'
import {ARTICLES, folderWith, runCli} from './cli-harness.js'

const root = resolve(__dirname, '../..')

/** The rule ids of the problems reported for each file, from the text report. */
function reported(stdout: string): Record<string, string[]> {
  const result: Record<string, string[]> = {}
  for (const match of stdout.matchAll(/^(.+?):\d+:\d+: (\w+) .* \[([\w-]+)\]$/gm)) {
    const [, path = '', severity = '', rule = ''] = match
    result[path] = [...(result[path] ?? []), `${rule}:${severity}`]
  }
  return result
}

describe('CLI configuration', function () {
  this.timeout(20_000)
  const folders: string[] = []
  const folder = (files: Record<string, string>) => {
    const made = folderWith(files)
    folders.push(made)
    return made
  }
  after(() => {
    for (const made of folders) rmSync(made, {recursive: true, force: true})
  })

  it('applies the nearest .sourcedrc.json above each article, without merging the farther one', async () => {
    const cwd = folder({
      '.sourcedrc.json': JSON.stringify({severity: {'unattributed-figure': 'error', 'vague-source': 'off'}}),
      'top.news': ARTICLES.englishMixed,
      'desk/.sourcedrc.json': JSON.stringify({severity: {'unattributed-figure': 'hint'}}),
      'desk/deep/inner.news': ARTICLES.englishMixed
    })
    const run = await runCli(['top.news', 'desk/deep/inner.news'], {cwd})
    assert.deepEqual(reported(run.stdout), {
      'top.news': ['unattributed-figure:error', 'hedge-without-source:info'],
      'desk/deep/inner.news': ['unattributed-figure:hint', 'vague-source:info', 'hedge-without-source:info']
    })
    assert.equal(run.status, 1)
  })

  it('reads a package.json "sourced" key, skips one without it, prefers .sourcedrc.json beside it', async () => {
    const cwd = folder({
      'package.json': JSON.stringify({name: 'newsroom', sourced: {ignoredFigures: ['240.000 Einwohner']}}),
      'a.news': ARTICLES.germanUnsourced,
      'tools/package.json': JSON.stringify({name: 'tools'}),
      'tools/b.news': ARTICLES.germanUnsourced,
      'both/package.json': JSON.stringify({sourced: {ignoredFigures: ['240.000 Einwohner']}}),
      'both/.sourcedrc.json': '{}',
      'both/c.news': ARTICLES.germanUnsourced
    })
    const run = await runCli(['a.news', 'tools/b.news', 'both/c.news'], {cwd})
    assert.deepEqual(reported(run.stdout), {'both/c.news': ['unattributed-figure:warning']})
  })

  it('passes the word lists to the engine: reporting verbs, vague sources', async () => {
    const cwd = folder({
      '.sourcedrc.json': JSON.stringify({
        $schema: './node_modules/sourced/schemas/sourcedrc.schema.json',
        reportingVerbs: ['trötete'],
        vagueSources: ['Tippgeber']
      }),
      'verb.news': 'Der Verein trötete, 240 Mitglieder seien gekommen.\n',
      'vague.news': 'Die Tippgeber sagten, 240 Mitglieder seien gekommen.\n'
    })
    const json = await runCli(['--format', 'json', 'verb.news', 'vague.news'], {cwd})
    const report = JSON.parse(json.stdout) as {files: Array<{language: string; figures: Array<{status: string}>}>}
    assert.deepEqual(
      report.files.map((file) => [file.language, file.figures.map((figure) => figure.status)]),
      [
        ['de', ['named']],
        ['de', ['vague']]
      ]
    )
    const defaults = await runCli(['--no-config', '--format', 'json', 'verb.news', 'vague.news'], {cwd})
    const plain = JSON.parse(defaults.stdout) as typeof report
    assert.deepEqual(
      plain.files.map((file) => [file.language, file.figures.map((figure) => figure.status)]),
      [
        ['de', ['none']],
        ['de', ['named']]
      ]
    )
  })

  it('uses --config instead of the search, and flags over any file', async () => {
    const cwd = folder({
      '.sourcedrc.json': JSON.stringify({severity: {'unattributed-figure': 'off', 'hedge-without-source': 'off'}}),
      'ci.json': JSON.stringify({severity: {'unattributed-figure': 'error'}}),
      'mixed.news': ARTICLES.englishMixed
    })
    const discovered = await runCli(['mixed.news'], {cwd})
    assert.deepEqual(reported(discovered.stdout), {'mixed.news': ['vague-source:info']})
    assert.equal(discovered.status, 0)
    // --config replaces the discovered file: its hedge setting is gone too.
    const explicit = await runCli(['--config', 'ci.json', 'mixed.news'], {cwd})
    assert.deepEqual(reported(explicit.stdout), {
      'mixed.news': ['unattributed-figure:error', 'vague-source:info', 'hedge-without-source:info']
    })
    const flagged = await runCli(
      [
        '--config',
        'ci.json',
        '--severity',
        'unattributed-figure=warning',
        '--severity',
        'vague-source=off',
        'mixed.news'
      ],
      {cwd}
    )
    assert.deepEqual(reported(flagged.stdout), {
      'mixed.news': ['unattributed-figure:warning', 'hedge-without-source:info']
    })
    const overDiscovered = await runCli(['--severity', 'hedge-without-source=error', 'mixed.news'], {cwd})
    assert.deepEqual(reported(overDiscovered.stdout), {
      'mixed.news': ['vague-source:info', 'hedge-without-source:error']
    })
    assert.equal(overDiscovered.status, 1)
  })

  it('lets --language and list flags win over or add to the file', async () => {
    const cwd = folder({
      '.sourcedrc.json': JSON.stringify({documentLanguage: 'en'}),
      'a.news': ARTICLES.germanUnsourced
    })
    const english = await runCli(['a.news'], {cwd})
    assert.match(english.stdout, /Figure “240\.000 Einwohner” has no source/)
    const german = await runCli(['--language', 'de', 'a.news'], {cwd})
    assert.match(german.stdout, /Zahl „240\.000 Einwohner“ ohne Quelle/)
    const ignored = await runCli(['--ignore-figure', '240.000 Einwohner', 'a.news'], {cwd})
    assert.equal(ignored.stdout, 'No problems in 1 file.\n')
  })

  it('refuses a wrong configuration with exit 2, naming the file and each wrong key once', async () => {
    const cwd = folder({
      '.sourcedrc.json': JSON.stringify({severity: {'vague-source': 'loud', 'no-such-rule': 'error'}, colour: true}),
      'a.news': ARTICLES.germanUnsourced,
      'b.news': ARTICLES.germanSourced
    })
    const run = await runCli(['a.news', 'b.news'], {cwd})
    assert.equal(run.status, 2)
    const rc = resolve(cwd, '.sourcedrc.json')
    assert.deepEqual(run.stderr.trimEnd().split('\n'), [
      `sourced: ${rc}: colour is no setting (settings: ${SHARED_SETTING_KEYS.join(', ')})`,
      `sourced: ${rc}: severity.vague-source must be one of error, warning, information, hint, off`,
      `sourced: ${rc}: severity.no-such-rule is no rule (rules: ${ruleIds.join(', ')})`
    ])
    const broken = folder({'.sourcedrc.json': '{"severity": ', 'a.news': ARTICLES.germanUnsourced})
    const unreadable = await runCli(['a.news'], {cwd: broken})
    assert.equal(unreadable.status, 2)
    assert.match(unreadable.stderr, /\.sourcedrc\.json: not valid JSON/)
    const missing = await runCli(['--config', 'nowhere.json', 'a.news'], {cwd})
    assert.equal(missing.status, 2)
    assert.match(missing.stderr, /nowhere\.json: no such file/)
  })

  describe('JSON Schema (schemas/sourcedrc.schema.json)', () => {
    interface Setting {
      type?: string
      enum?: string[]
      default?: unknown
      items?: unknown
      properties?: Record<string, Setting>
      additionalProperties?: boolean
    }
    const manifest = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
      contributes: {
        configuration: {properties: Record<string, Setting>}
        jsonValidation: Array<{fileMatch: string; url: string}>
      }
    }
    const schema = JSON.parse(readFileSync(resolve(root, 'schemas/sourcedrc.schema.json'), 'utf8')) as {
      properties: Record<string, Setting>
    }
    /** Editor settings with no meaning on the command line. */
    const editorOnly = ['inlayHints', 'run', 'maxProblems', 'debounce', 'maxFileSize', 'messageLanguage', 'highlight']

    it('is contributed for .sourcedrc.json', () => {
      assert.deepEqual(manifest.contributes.jsonValidation, [
        {fileMatch: '.sourcedrc.json', url: './schemas/sourcedrc.schema.json'}
      ])
    })

    it('has the shared settings of package.json: same keys, types, enums, items and defaults', () => {
      assert.deepEqual(
        Object.keys(schema.properties).filter((key) => key !== '$schema'),
        [...SHARED_SETTING_KEYS]
      )
      const settingKeys = Object.keys(manifest.contributes.configuration.properties).map((key) =>
        key.replace(/^sourced\./, '')
      )
      assert.deepEqual(settingKeys.filter((key) => !editorOnly.includes(key)).sort(), [...SHARED_SETTING_KEYS].sort())
      const shape = ({type, enum: choices, default: fallback, items, additionalProperties}: Setting) => ({
        type,
        choices,
        fallback,
        items,
        additionalProperties
      })
      for (const key of SHARED_SETTING_KEYS) {
        const setting = manifest.contributes.configuration.properties[`sourced.${key}`]
        const property = schema.properties[key]
        assert.ok(setting && property, key)
        assert.deepEqual(shape(property), shape(setting), key)
        for (const [rule, ruleSetting] of Object.entries(setting.properties ?? {}))
          assert.deepEqual(shape(property.properties?.[rule] ?? {}), shape(ruleSetting), `${key}.${rule}`)
        assert.deepEqual(Object.keys(property.properties ?? {}), Object.keys(setting.properties ?? {}), key)
      }
    })

    it('accepts what the CLI accepts and rejects what it refuses', async () => {
      const validate = new Ajv({strict: false}).compile(schema)
      const good = {$schema: 'x', documentLanguage: 'de', severity: {'vague-source': 'off'}, reportingVerbs: ['posted']}
      const bad = [
        {severity: {'vague-source': 'loud'}},
        {colour: true},
        {documentLanguage: 'fr'},
        {ignoredFigures: 'x'}
      ]
      assert.equal(validate(good), true)
      const cwd = folder({'a.news': ARTICLES.germanSourced})
      const check = async (config: object) => {
        const path = resolve(cwd, 'config.json')
        writeFileSync(path, JSON.stringify(config))
        return (await runCli(['--config', path, 'a.news'], {cwd})).status
      }
      assert.equal(await check(good), 0)
      for (const config of bad) {
        assert.equal(validate(config), false, JSON.stringify(config))
        assert.equal(await check(config), 2, JSON.stringify(config))
      }
    })
  })
})
