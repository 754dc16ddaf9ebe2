// The source report webview: what needs a source comes first, counts as chips, ignored
// figures last, rows for the keyboard, theme colours only; the exports keep their content.
import * as assert from 'node:assert/strict'
import * as vscode from 'vscode'
import {
  closeAllEditors,
  deleteWorkspaceFiles,
  EXTENSION_ID,
  open,
  removeEmptyWorkspaceSettings,
  setSetting,
  sourced,
  waitForDiagnostics,
  workspaceFile,
  writeWorkspaceFile
} from './helpers.js'
import {FERRY_ARTICLE, IGNORED_FIGURE, LIBRARY_ARTICLE} from './articles.js'

/** The text of each element `tag` in the HTML, tags inside removed. */
function texts(html: string, tag: string): string[] {
  return [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((match) =>
    (match[1] ?? '').replace(/<[^>]+>/g, '').trim()
  )
}

describe('Sourced report', () => {
  let german: vscode.Uri
  let english: vscode.Uri

  before(async () => {
    german = await writeWorkspaceFile('bibliothek-bericht.news', `${LIBRARY_ARTICLE}\n`)
    english = await writeWorkspaceFile('ferry.news', `${FERRY_ARTICLE}\n`)
    await setSetting('ignoredFigures', [IGNORED_FIGURE])
  })

  afterEach(closeAllEditors)

  after(async () => {
    await setSetting('ignoredFigures', undefined)
    await deleteWorkspaceFiles('bibliothek-bericht.news', 'ferry.news', 'ferry.md', 'ferry.json')
    await removeEmptyWorkspaceSettings()
  })

  const report = async (uri: vscode.Uri) => {
    const api = await sourced()
    await open(uri)
    await waitForDiagnostics(uri, (all) => all.length > 0)
    await vscode.commands.executeCommand('sourced.showReport')
    const html = api.reportHtml()
    assert.ok(html, 'a report panel is open')
    return html
  }

  it('puts the figures that need a source first and the ignored figures last', async () => {
    const html = await report(german)
    const sections = texts(html, 'h2')
    assert.match(sections[0] ?? '', /^(Figures that need a source|Zahlen, die eine Quelle brauchen)$/)
    assert.match(sections.at(-1) ?? '', /^(Ignored figures|Ignorierte Zahlen)$/)
    assert.equal(sections.length, 6)
    const first = html.slice(html.indexOf('<section>'), html.indexOf('</section>'))
    // No source before a vague one, though the vague figure comes first in the text.
    assert.equal(texts(first, 'tr').length, 4, 'a header row and three figures')
    const order = ['Rund 1.200 Menschen', '86.000 Besuche', '20 Prozent'].map((figure) => first.indexOf(figure))
    assert.ok(order.every((index, at) => index > 0 && (at === 0 || index > (order[at - 1] ?? 0))), String(order))
    assert.doesNotMatch(first, /35 Computer|vier neue Mitarbeiter/, 'neither ignored nor named figures')
    const last = html.slice(html.lastIndexOf('<section>'))
    assert.ok(last.includes(IGNORED_FIGURE))
  })

  it('sums up in chips, leaving out the counts that are zero', async () => {
    const html = await report(english)
    const chips = texts(html, 'li')
    assert.deepEqual(
      chips.map((chip) => chip.replace(/\d+/, 'N')),
      chips.some((chip) => /Zahl/.test(chip))
        ? ['N Zahlen', 'N ohne Quelle', 'N mit genannter Quelle', 'N Quelle', 'N Aussage']
        : ['N figures', 'N without a source', 'N with a named source', 'N source', 'N claim']
    )
    assert.match(html, /<li class="chip chip-warning">1 (without a source|ohne Quelle)<\/li>/)
    assert.doesNotMatch(html, /\b0 /, 'no zero anywhere in the summary')
  })

  it('makes rows keyboard stops and clamps long claims with the whole text in the tooltip', async () => {
    const html = await report(english)
    assert.match(html, /<tr tabindex="0" data-row-start="\d+" data-row-end="\d+">/)
    const claim = 'The subsidy would cost £1.2 million a year, treasurer Mark Hollis said.'
    assert.ok(html.includes(`<td class="prose"><span class="clamp" title="${claim}">${claim}</span></td>`))
    assert.match(html, /<a href="#" tabindex="-1" data-start="\d+"/, 'links are not a second tab stop')
    const extension = vscode.extensions.getExtension(EXTENSION_ID)
    assert.ok(extension)
    const css = Buffer.from(
      await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, 'media', 'report.css'))
    ).toString('utf8')
    assert.match(css, /th\s*{[^}]*position:\s*sticky/, 'table headers stay in view')
    assert.doesNotMatch(css.replace(/\/\*[\s\S]*?\*\//g, ''), /#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(/i, 'theme colours only')
  })

  it('keeps the exports as they were: four tables, no chips, no webview-only sections', async () => {
    await report(english)
    const markdownFile = workspaceFile('ferry.md')
    const jsonFile = workspaceFile('ferry.json')
    await vscode.commands.executeCommand('sourced.exportMarkdown', markdownFile)
    await vscode.commands.executeCommand('sourced.exportJson', jsonFile)
    const markdown = Buffer.from(await vscode.workspace.fs.readFile(markdownFile)).toString('utf8')
    assert.deepEqual(
      markdown
        .split('\n')
        .filter((line) => line.startsWith('## '))
        .map((line) => line.slice(3)),
      markdown.includes('## Quellen')
        ? ['Quellen', 'Aussagen', 'Zahlen', 'Abweichende Zahlen']
        : ['Sources', 'Claims', 'Figures', 'Differing figures']
    )
    const json = JSON.parse(Buffer.from(await vscode.workspace.fs.readFile(jsonFile)).toString('utf8'))
    assert.deepEqual(Object.keys(json), [
      'format',
      'file',
      'language',
      'counts',
      'sources',
      'claims',
      'figures',
      'conflicts',
      'diagnostics'
    ])
  })
})
