// The quick fixes on an unattributed figure that insert an attribution snippet (ignoring: sourced-ignore.test.ts).
import * as assert from 'node:assert/strict'
import * as vscode from 'vscode'
import {closeAllEditors, deleteWorkspaceFiles, open, ruleOf, waitForDiagnostics, writeWorkspaceFile} from './helpers.js'

const GERMAN = 'Der Verein hat 240 Mitglieder.\n\nTausende sollen folgen.\n'
const ENGLISH = 'The club has grown fast.\n\nThousands of fans are expected.\n'

async function quickFixes(uri: vscode.Uri, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    uri,
    diagnostic.range,
    vscode.CodeActionKind.QuickFix.value
  )
  // The command returns the actions without their diagnostics; Sourced's titles name their fix.
  return actions.filter(
    (action) => action.command?.command === 'sourced.insertAttribution' || action.title.includes('sourced-ignore')
  )
}

async function firstUnattributed(uri: vscode.Uri): Promise<vscode.Diagnostic> {
  const diagnostics = await waitForDiagnostics(uri, (all) => all.some((d) => ruleOf(d) === 'unattributed-figure'))
  const found = diagnostics.find((d) => ruleOf(d) === 'unattributed-figure')
  assert.ok(found)
  return found
}

describe('Sourced quick fixes', () => {
  afterEach(closeAllEditors)

  after(async () => {
    await deleteWorkspaceFiles('verein.news', 'club.news')
  })

  it('inserts ", laut Quelle" at the end of the sentence in a German article', async () => {
    const uri = await writeWorkspaceFile('verein.news', GERMAN)
    const editor = await open(uri)
    const diagnostic = await firstUnattributed(uri)
    const fix = (await quickFixes(uri, diagnostic)).find(
      (action) => action.command?.command === 'sourced.insertAttribution'
    )
    assert.ok(fix?.command, 'an attribution quick fix is offered')
    assert.equal(fix.isPreferred, true)
    await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []))
    const line = editor.document.lineAt(diagnostic.range.start.line).text
    assert.match(line, /, laut Quelle\.$/, line)
    assert.equal(editor.document.getText(editor.selection), 'Quelle', 'the placeholder is selected for typing')
    await editor.document.save()
  })

  it('inserts ", according to source" in an English article', async () => {
    const uri = await writeWorkspaceFile('club.news', ENGLISH)
    const editor = await open(uri)
    const diagnostic = await firstUnattributed(uri)
    const fix = (await quickFixes(uri, diagnostic)).find(
      (action) => action.command?.command === 'sourced.insertAttribution'
    )
    assert.ok(fix?.command)
    await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []))
    assert.match(editor.document.lineAt(diagnostic.range.start.line).text, /, according to source\.$/)
    await editor.document.save()
  })
})
