// When Sourced checks (`sourced.run`), how far a source reaches (`sourced.attributionScope`)
// and the problem limit (`sourced.maxProblems`, a generated article with 600 figures).
import * as assert from 'node:assert/strict'
import * as vscode from 'vscode'
import {
  closeAllEditors,
  deleteWorkspaceFiles,
  open,
  removeEmptyWorkspaceSettings,
  ruleOf,
  setSetting,
  sourcedDiagnostics,
  waitForDiagnostics,
  writeWorkspaceFile
} from './helpers.js'

const ARTICLE = 'Die Polizei sagte, 12 Menschen seien festgenommen worden. Beim Fest waren 3.000 Gäste.\n'
const ADDED = 'Am Abend kamen 400 Helfer.\n'
const unattributed = (all: vscode.Diagnostic[]) => all.filter((d) => ruleOf(d) === 'unattributed-figure')
const flags = (all: vscode.Diagnostic[], text: string, document: vscode.TextDocument) =>
  unattributed(all).some((d) => document.getText(d.range) === text)

/** The inlay hints of the whole document: a round trip to the workbench and back. */
function hints(uri: vscode.Uri, document: vscode.TextDocument): Thenable<vscode.InlayHint[]> {
  const range = new vscode.Range(0, 0, document.lineCount, 0)
  return vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', uri, range)
}

async function append(editor: vscode.TextEditor, text: string): Promise<void> {
  const end = editor.document.lineAt(editor.document.lineCount - 1).range.end
  assert.ok(await editor.edit((edit) => edit.insert(end, text)))
}

describe('Sourced run, scope and problem limit', () => {
  afterEach(closeAllEditors)

  after(async () => {
    for (const key of ['run', 'debounce', 'attributionScope', 'maxProblems']) await setSetting(key, undefined)
    await deleteWorkspaceFiles('lauf-tippen.news', 'lauf-speichern.news', 'lauf-manuell.news', 'absatz.news')
    await deleteWorkspaceFiles('grenze.news')
    await removeEmptyWorkspaceSettings()
  })

  it('checks while typing by default (onType)', async () => {
    await setSetting('debounce', 0)
    const uri = await writeWorkspaceFile('lauf-tippen.news', ARTICLE)
    const editor = await open(uri)
    await waitForDiagnostics(uri, (all) => flags(all, '3.000 Gäste', editor.document))
    await append(editor, ADDED)
    await waitForDiagnostics(uri, (all) => flags(all, '400 Helfer', editor.document), 'the typed figure flagged')
    await editor.document.save()
  })

  it('checks on open and save only (onSave)', async () => {
    await setSetting('debounce', 0)
    await setSetting('run', 'onSave')
    const uri = await writeWorkspaceFile('lauf-speichern.news', ARTICLE)
    const editor = await open(uri)
    const document = editor.document
    await waitForDiagnostics(uri, (all) => flags(all, '3.000 Gäste', document), 'checked on open')
    assert.ok((await hints(uri, document)).length > 0, 'the checked version has hints')
    await append(editor, ADDED)
    // With no pause to wait for (debounce 0), a check on typing would have run during this round trip.
    assert.deepEqual(await hints(uri, document), [], 'no hints for a version that was not checked')
    assert.ok(!flags(sourcedDiagnostics(uri), '400 Helfer', document), 'not checked while typing')
    await document.save()
    await waitForDiagnostics(uri, (all) => flags(all, '400 Helfer', document), 'checked on save')
    assert.ok((await hints(uri, document)).length > 0, 'hints again once saved')
  })

  it('checks only on request (manual), with "Sourced: Check This Article"', async () => {
    await setSetting('run', 'manual')
    const uri = await writeWorkspaceFile('lauf-manuell.news', ARTICLE)
    const editor = await open(uri)
    assert.deepEqual(await hints(uri, editor.document), [])
    assert.deepEqual(sourcedDiagnostics(uri), [], 'not checked on open')
    await vscode.commands.executeCommand('sourced.checkNow')
    assert.ok(flags(sourcedDiagnostics(uri), '3.000 Gäste', editor.document), 'checked by the command')
    await append(editor, ADDED)
    await editor.document.save()
    assert.ok(!flags(sourcedDiagnostics(uri), '400 Helfer', editor.document), 'not checked on save')
    await vscode.commands.executeCommand('sourced.checkNow', uri)
    assert.ok(flags(sourcedDiagnostics(uri), '400 Helfer', editor.document), 'checked again by the command')
    await setSetting('run', undefined)
  })

  it('lets a source named earlier in the paragraph cover its later figures (attributionScope)', async () => {
    const uri = await writeWorkspaceFile(
      'absatz.news',
      'The harbour authority said 300 ships called at the port. Cargo grew by 8 percent.\n\n' +
        'The new terminal will cost $40 million.\n'
    )
    const document = (await open(uri)).document
    await waitForDiagnostics(uri, (all) => flags(all, '8 percent', document), 'the sentence scope')
    await setSetting('attributionScope', 'paragraph')
    const covered = await waitForDiagnostics(uri, (all) => !flags(all, '8 percent', document), 'the paragraph scope')
    assert.ok(flags(covered, '$40 million', document), 'the next paragraph is not covered')
    await setSetting('attributionScope', undefined)
    await waitForDiagnostics(uri, (all) => flags(all, '8 percent', document), 'the sentence scope again')
  })

  it('never shows more than 500 problems: the last one says how many more and opens the report', async () => {
    const lines = Array.from({length: 600}, (_, i) => `Im Lager liegen ${i + 101} Kisten.`)
    const uri = await writeWorkspaceFile('grenze.news', `${lines.join('\n\n')}\n`)
    const document = (await open(uri)).document
    const all = await waitForDiagnostics(uri, (found) => found.length > 0, 'the capped problems')
    assert.equal(all.length, 500)
    const last = all.at(-1)
    assert.ok(last)
    assert.equal(ruleOf(last), 'more-problems')
    assert.match(last.message, /^101 /, last.message)
    // The 500th figure (101 + 499) is the first problem left out.
    assert.equal(document.getText(last.range), '600 Kisten')
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      last.range,
      vscode.CodeActionKind.QuickFix.value
    )
    assert.ok(actions.some((action) => action.command?.command === 'sourced.showReport'))

    await setSetting('maxProblems', 10)
    const ten = await waitForDiagnostics(uri, (found) => found.length === 10, 'ten problems')
    assert.match(ten.at(-1)?.message ?? '', /^591 /)
    await setSetting('maxProblems', undefined)
  })
})
