// Inlay hints: once per source per sentence by default, after every figure with `all`,
// none with `off`; never inside a quotation; the deprecated boolean still read.
import * as assert from 'node:assert/strict'
import * as vscode from 'vscode'
import {
  closeAllEditors,
  deleteWorkspaceFiles,
  open,
  removeEmptyWorkspaceSettings,
  setSetting,
  waitForEvent,
  workspaceFolder,
  writeWorkspaceFile
} from './helpers.js'

const GERMAN =
  'Laut Feuerwehr rückte sie 40 Mal aus und rettete 12 Menschen. ' +
  'Sie zählte außerdem 3 Verletzte und 2 Tote, sagte Sprecherin Anna Berger.\n'
const ENGLISH = '"We hired 40 nurses and opened 12 beds," said Mayor John Smith.\n'

async function hints(document: vscode.TextDocument): Promise<Array<{before: string; label: string}>> {
  const range = new vscode.Range(0, 0, document.lineCount, 0)
  const found = await vscode.commands.executeCommand<vscode.InlayHint[]>(
    'vscode.executeInlayHintProvider',
    document.uri,
    range
  )
  return found.map((hint) => ({
    before: document.getText(new vscode.Range(new vscode.Position(hint.position.line, 0), hint.position)),
    label: typeof hint.label === 'string' ? hint.label : hint.label.map((part) => part.value).join('')
  }))
}

describe('Sourced inlay hints', () => {
  afterEach(closeAllEditors)

  after(async () => {
    await setSetting('inlayHints', undefined)
    await deleteWorkspaceFiles('hinweise.news', 'hints.news')
    await removeEmptyWorkspaceSettings()
  })

  it('shows one hint per source in a sentence by default, every one with "all", none with "off"', async () => {
    const document = (await open(await writeWorkspaceFile('hinweise.news', GERMAN))).document
    const first = await hints(document)
    assert.deepEqual(
      first.map((hint) => hint.label),
      ['← Feuerwehr', '← Anna Berger']
    )
    assert.match(first[0]?.before ?? '', /40 Mal$/)
    assert.match(first[1]?.before ?? '', /3 Verletzte$/)
    await setSetting('inlayHints', 'all')
    assert.equal((await hints(document)).length, 4)
    await setSetting('inlayHints', 'off')
    assert.deepEqual(await hints(document), [])
    await setSetting('inlayHints', undefined)
  })

  it('puts the hint after the closing quotation mark, not inside the quotation', async () => {
    const document = (await open(await writeWorkspaceFile('hints.news', ENGLISH))).document
    await setSetting('inlayHints', 'all')
    const found = await hints(document)
    assert.deepEqual(found, [{before: '"We hired 40 nurses and opened 12 beds,"', label: '← John Smith'}])
    await setSetting('inlayHints', undefined)
  })

  it('still reads the deprecated sourced.inlayHints.enabled: false as off', async () => {
    const document = (await open(await writeWorkspaceFile('hinweise.news', GERMAN))).document
    assert.ok((await hints(document)).length > 0)
    // VS Code writes no setting the manifest does not declare, so the old key goes into the file by hand.
    const folder = vscode.Uri.joinPath(workspaceFolder().uri, '.vscode')
    const file = vscode.Uri.joinPath(folder, 'settings.json')
    const original = await vscode.workspace.fs.readFile(file).then(
      (bytes) => Buffer.from(bytes).toString('utf8'),
      () => undefined
    )
    const settings = original === undefined ? {} : (JSON.parse(original) as Record<string, unknown>)
    const write = async (text: string, what: string) => {
      // This listener runs before the one that waits, so the wait sees the flag set.
      let applied = false
      const subscription = vscode.workspace.onDidChangeConfiguration((event) => {
        applied ||= event.affectsConfiguration('sourced')
      })
      const changed = waitForEvent(vscode.workspace.onDidChangeConfiguration, () => applied, what)
      await vscode.workspace.fs.createDirectory(folder)
      await vscode.workspace.fs.writeFile(file, Buffer.from(text, 'utf8'))
      await changed
      subscription.dispose()
    }
    await write(JSON.stringify({...settings, 'sourced.inlayHints.enabled': false}), 'the old switch')
    assert.deepEqual(await hints(document), [])
    await write(original ?? '{}', 'the settings restored')
    assert.ok((await hints(document)).length > 0)
  })
})
