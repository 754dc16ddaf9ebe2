// The CLI and the editor run one engine entry point: on a Markdown article the built
// CLI (`dist/cli.js --format json`) and the editor's own call into the engine (with
// the settings' defaults from package.json) report the same figures and diagnostics,
// and both leave out what is not prose: front matter, code, link targets, comments.
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {createArticleAnalyser, type Analysis} from '../../src/core/index.js'
import {analyseEditorText, parseSettings} from '../../src/editor/settings.js'

const root = resolve(__dirname, '../..')
const cli = join(root, 'dist/cli.js')

const article = [
  '---',
  'titel: Stadtfest',
  'besucher: 48000',
  '---',
  '',
  '# Stadtfest in der Altstadt',
  '',
  'Am Samstag kamen 3.000 Menschen zum Stadtfest in die Altstadt.',
  '',
  'Laut Veranstalter Jonas Keller wurden 250 Stände aufgebaut.',
  '',
  '```text',
  'kasse = 12000 Euro',
  '```',
  '',
  'Das Programm steht unter [Programm](https://example.org/fest/5000-besucher) bereit.',
  '',
  '<!-- Notiz: 77 Helfer fehlen noch -->',
  '',
  'Die Feuerwehr meldete 14 Einsätze, sagte Sprecherin Lea Brandt. Die Bühne war offenbar zu klein.',
  ''
].join('\n')

type Report = Pick<Analysis, 'language' | 'figures' | 'sources' | 'claims' | 'diagnostics'>

function cliReport(path: string): Report {
  const run = spawnSync(process.execPath, [cli, '--format', 'json', path], {cwd: root, encoding: 'utf8'})
  assert.equal(run.status, 0, run.stderr)
  const [file] = (JSON.parse(run.stdout) as {files: Report[]}).files
  assert.ok(file, 'the CLI reports the file')
  const {language, figures, sources, claims, diagnostics} = file
  return {language, figures, sources, claims, diagnostics}
}

/**
 * The editor's path: the settings as the editor reads their defaults from
 * package.json, and its call into the engine.
 */
function editorReport(text: string, document: {languageId: string; path: string}): Report {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    contributes: {configuration: {properties: Record<string, {default: unknown}>}}
  }
  const settings = parseSettings((key) => manifest.contributes.configuration.properties[`sourced.${key}`]?.default)
  const result = analyseEditorText(createArticleAnalyser(), text, document, settings)
  assert.equal(result.status, 'analysed')
  const {language, figures, sources, claims, diagnostics} = result.analysis
  // As JSON, like the CLI's report.
  return JSON.parse(JSON.stringify({language, figures, sources, claims, diagnostics})) as Report
}

const figureTexts = (report: Report) => report.figures.map((figure) => `${figure.text}:${figure.status}`)
const rules = (report: Report) =>
  report.diagnostics.map((diagnostic) => `${diagnostic.ruleId}:${article.slice(diagnostic.start, diagnostic.end)}`)

describe('CLI and editor parity', function () {
  this.timeout(60_000)
  let dir = ''

  before(() => {
    if (!existsSync(cli)) {
      const build = spawnSync(process.execPath, ['esbuild.js'], {cwd: root, encoding: 'utf8'})
      assert.equal(build.status, 0, `node esbuild.js failed: ${build.stderr}`)
    }
    dir = mkdtempSync(join(tmpdir(), 'sourced-parity-'))
  })

  after(() => rmSync(dir, {recursive: true, force: true}))

  it('reports the same figures and diagnostics for a Markdown article, and only its prose', () => {
    const path = join(dir, 'stadtfest.md')
    writeFileSync(path, article)
    const fromCli = cliReport(path)
    const fromEditor = editorReport(article, {languageId: 'markdown', path})
    assert.deepEqual(figureTexts(fromCli), ['3.000 Menschen:none', '250 Stände:named', '14 Einsätze:named'])
    assert.deepEqual(rules(fromCli), ['unattributed-figure:3.000 Menschen', 'hedge-without-source:offenbar'])
    assert.deepEqual(fromEditor.figures, fromCli.figures)
    assert.deepEqual(fromEditor.diagnostics, fromCli.diagnostics)
    assert.deepEqual(fromEditor, fromCli)
  })

  it('reads the same text as plain text from a .txt file, in both, and then reports what Markdown hides', () => {
    const path = join(dir, 'stadtfest.txt')
    writeFileSync(path, article)
    const fromCli = cliReport(path)
    const fromEditor = editorReport(article, {languageId: 'plaintext', path})
    for (const hidden of ['48000', '12000 Euro', '5000-besucher', '77 Helfer']) {
      assert.ok(figureTexts(fromCli).includes(`${hidden}:none`), `${hidden} in ${figureTexts(fromCli).join(' | ')}`)
    }
    assert.deepEqual(fromEditor, fromCli)
  })

  it('lets the editor language id decide over the file name', () => {
    const asMarkdown = editorReport(article, {languageId: 'markdown', path: 'Untitled-1'})
    assert.deepEqual(figureTexts(asMarkdown), ['3.000 Menschen:none', '250 Stände:named', '14 Einsätze:named'])
  })
})
