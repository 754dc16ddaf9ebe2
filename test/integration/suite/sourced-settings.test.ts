// Settings change what Sourced does: severities, inlay hints, languages, document language, ignored figures.
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

const ARTICLE =
  'Am Samstag kamen 3.000 Menschen zum Stadtfest. Die Polizei zählte 12 Festnahmen, sagte Polizeisprecher Jan Meyer.\n'

describe('Sourced settings', () => {
  let uri: vscode.Uri

  before(async () => {
    uri = await writeWorkspaceFile('stadtfest.news', ARTICLE)
  })

  afterEach(closeAllEditors)

  after(async () => {
    for (const key of ['severity', 'inlayHints', 'enabledLanguages', 'documentLanguage', 'ignoredFigures'])
      await setSetting(key, undefined)
    await deleteWorkspaceFiles('stadtfest.news', 'stadtfest.txt')
    await removeEmptyWorkspaceSettings()
  })

  const unattributed = (all: vscode.Diagnostic[]) => all.filter((d) => ruleOf(d) === 'unattributed-figure')

  it('changes the severity of a rule, and "off" drops it', async () => {
    await open(uri)
    await waitForDiagnostics(uri, (all) => unattributed(all).length > 0)
    await setSetting('severity', {'unattributed-figure': 'error'})
    await waitForDiagnostics(
      uri,
      (all) => unattributed(all).some((d) => d.severity === vscode.DiagnosticSeverity.Error),
      'error severity'
    )
    await setSetting('severity', {'unattributed-figure': 'off'})
    await waitForDiagnostics(uri, (all) => unattributed(all).length === 0, 'the rule switched off')
    await setSetting('severity', undefined)
    await waitForDiagnostics(uri, (all) => unattributed(all).length > 0, 'the rule back')
  })

  it('turns the inlay hints off', async () => {
    const document = (await open(uri)).document
    const range = new vscode.Range(0, 0, document.lineCount, 0)
    const hints = () =>
      vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', uri, range)
    assert.ok((await hints()).length > 0, 'the attributed "12 Festnahmen" has a hint')
    await setSetting('inlayHints', 'off')
    assert.deepEqual(await hints(), [])
    await setSetting('inlayHints', undefined)
  })

  it('analyses plain text files once plaintext is enabled', async () => {
    const api = await sourced()
    const text = await writeWorkspaceFile('stadtfest.txt', ARTICLE)
    const document = (await open(text)).document
    assert.equal(api.analysis(document), undefined)
    await setSetting('enabledLanguages', ['news', 'plaintext'])
    await waitForDiagnostics(text, (all) => unattributed(all).length > 0, 'plain text analysed')
    await setSetting('enabledLanguages', undefined)
    await waitForDiagnostics(text, (all) => all.length === 0, 'plain text off again')
  })

  it('forces the document language', async () => {
    const api = await sourced()
    const document = (await open(uri)).document
    assert.equal(api.analysis(document)?.language, 'de')
    await setSetting('documentLanguage', 'en')
    assert.equal(api.analysis(document)?.language, 'en')
    await setSetting('documentLanguage', undefined)
  })

  it('never reports an ignored figure', async () => {
    await open(uri)
    await waitForDiagnostics(uri, (all) => unattributed(all).length > 0)
    await setSetting('ignoredFigures', ['3.000 Menschen', '3.000'])
    await waitForDiagnostics(uri, (all) => unattributed(all).length === 0, 'the ignored figure dropped')
    await setSetting('ignoredFigures', undefined)
  })
})
