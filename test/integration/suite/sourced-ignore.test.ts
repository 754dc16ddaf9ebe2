// Ignoring without touching the article: the figure in the workspace, the rule in this
// file or in the workspace; the ignore marker only where the file type hides it.
import * as assert from 'node:assert/strict'
import * as vscode from 'vscode'
import {
  closeAllEditors,
  deleteWorkspaceFiles,
  open,
  removeEmptyWorkspaceSettings,
  ruleOf,
  setSetting,
  sourced,
  waitForDiagnostics,
  writeWorkspaceFile
} from './helpers.js'

const GERMAN = 'Der Verein hat 240 Mitglieder. Der Vorstand sagte, es gebe 12 Trainer.\n\nIm Sommer kamen 80 Gäste.\n'
const ENGLISH = 'The club has 240 members. The board said it has 12 coaches.\n\nIn summer 80 guests came.\n'

const unattributed = (all: vscode.Diagnostic[]) => all.filter((d) => ruleOf(d) === 'unattributed-figure')

async function quickFixes(uri: vscode.Uri, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  return vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    uri,
    diagnostic.range,
    vscode.CodeActionKind.QuickFix.value
  )
}

/** The first unattributed figure's diagnostic and the quick fix whose command is `command`. */
async function fixFor(uri: vscode.Uri, command: string) {
  const [diagnostic] = unattributed(await waitForDiagnostics(uri, (all) => unattributed(all).length > 0))
  assert.ok(diagnostic)
  const fix = (await quickFixes(uri, diagnostic)).find((action) => action.command?.command === command)
  assert.ok(fix?.command, `a quick fix runs ${command}`)
  return {diagnostic, fix, command: fix.command}
}

async function run(command: vscode.Command): Promise<void> {
  await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []))
}

describe('Sourced ignoring without touching the text', () => {
  afterEach(closeAllEditors)

  after(async () => {
    for (const key of ['ignoredFigures', 'severity', 'enabledLanguages']) await setSetting(key, undefined)
    await deleteWorkspaceFiles('ignorieren-arbeitsbereich.news', 'regel-datei.news', 'regel-andere.news')
    await deleteWorkspaceFiles('rule-workspace.news', 'marker.md', 'marker.news')
    await removeEmptyWorkspaceSettings()
  })

  it('ignores a figure in the workspace (ignoredFigures); the article unchanged, the report shows it', async () => {
    const uri = await writeWorkspaceFile('ignorieren-arbeitsbereich.news', GERMAN)
    const document = (await open(uri)).document
    const before = document.getText()
    const {diagnostic, command} = await fixFor(uri, 'sourced.internal.ignoreFigureInWorkspace')
    const figure = document.getText(diagnostic.range)
    assert.equal(figure, '240 Mitglieder')
    await run(command)
    assert.deepEqual(vscode.workspace.getConfiguration('sourced').inspect('ignoredFigures')?.workspaceValue, [figure])
    const after = await waitForDiagnostics(
      uri,
      (all) => !unattributed(all).some((d) => document.getText(d.range) === figure),
      'the figure ignored'
    )
    assert.ok(
      unattributed(after).some((d) => document.getText(d.range) === '80 Gäste'),
      'the other figure stays'
    )
    assert.equal(document.getText(), before, 'the article is unchanged')
    assert.equal(document.isDirty, false)
    const api = await sourced()
    assert.equal(api.analysis(document)?.figures.find((f) => f.text === figure)?.ignored, true)
    await vscode.commands.executeCommand('sourced.showReport')
    // One table row holds the figure and its status.
    const row = /<tr[^>]*>(?:(?!<\/tr>)[\s\S])*240 Mitglieder(?:(?!<\/tr>)[\s\S])*(ignored|ignoriert)/
    assert.match(api.reportHtml() ?? '', row, 'the report lists it as ignored')
    await setSetting('ignoredFigures', undefined)
  })

  it('disables a rule in this file only, remembered for the file', async () => {
    const uri = await writeWorkspaceFile('regel-datei.news', ENGLISH)
    const other = await writeWorkspaceFile('regel-andere.news', ENGLISH)
    await open(other)
    await waitForDiagnostics(other, (all) => unattributed(all).length > 0)
    const document = (await open(uri)).document
    const before = document.getText()
    const {command} = await fixFor(uri, 'sourced.internal.disableRuleForFile')
    await run(command)
    await waitForDiagnostics(uri, (all) => unattributed(all).length === 0, 'the rule off in this file')
    assert.ok(unattributed(vscode.languages.getDiagnostics(other)).length > 0, 'the other file keeps the rule')
    assert.equal(vscode.workspace.getConfiguration('sourced').inspect('severity')?.workspaceValue, undefined)
    assert.equal(document.getText(), before, 'the article is unchanged')
    // Still off after the file is closed and opened again: figures without a source, no problem for them.
    await closeAllEditors()
    const reopened = (await open(uri)).document
    const analysis = (await sourced()).analysis(reopened)
    assert.ok(analysis?.figures.some((figure) => figure.status === 'none'))
    assert.ok(!analysis?.diagnostics.some((message) => message.ruleId === 'unattributed-figure'))
  })

  it('disables a rule in the workspace: sourced.severity, the article unchanged', async () => {
    const uri = await writeWorkspaceFile('rule-workspace.news', ENGLISH)
    const document = (await open(uri)).document
    const before = document.getText()
    const {command} = await fixFor(uri, 'sourced.internal.disableRuleInWorkspace')
    await run(command)
    assert.deepEqual(vscode.workspace.getConfiguration('sourced').inspect('severity')?.workspaceValue, {
      'unattributed-figure': 'off'
    })
    await waitForDiagnostics(uri, (all) => unattributed(all).length === 0, 'the rule off in the workspace')
    assert.equal(document.getText(), before, 'the article is unchanged')
    await setSetting('severity', undefined)
  })

  it('offers the ignore marker only where the file type hides it', async () => {
    const news = await writeWorkspaceFile('marker.news', GERMAN)
    await open(news)
    const [inNews] = unattributed(await waitForDiagnostics(news, (all) => unattributed(all).length > 0))
    assert.ok(inNews)
    assert.ok(!(await quickFixes(news, inNews)).some((action) => action.edit), 'no text edit in a .news file')

    await setSetting('enabledLanguages', ['news', 'markdown'])
    const markdown = await writeWorkspaceFile('marker.md', GERMAN)
    const editor = await open(markdown)
    const [inMarkdown] = unattributed(await waitForDiagnostics(markdown, (all) => unattributed(all).length > 0))
    assert.ok(inMarkdown)
    const marker = (await quickFixes(markdown, inMarkdown)).find((action) => action.edit)
    assert.ok(marker?.edit, 'Markdown gets the comment marker')
    assert.ok(await vscode.workspace.applyEdit(marker.edit))
    await editor.document.save()
    assert.match(editor.document.lineAt(inMarkdown.range.start.line).text, /<!-- sourced-ignore -->$/)
    await waitForDiagnostics(
      markdown,
      (all) => !all.some((d) => d.range.start.line === inMarkdown.range.start.line),
      'the marked line without problems'
    )
    await setSetting('enabledLanguages', undefined)
  })
})
