// Diagnostics on the reference article, live updates, and the files Sourced must leave alone.
import * as assert from 'node:assert/strict'
import * as vscode from 'vscode'
import {
  closeAllEditors,
  copyReferenceArticle,
  deleteWorkspaceFiles,
  EXTENSION_ID,
  open,
  removeEmptyWorkspaceSettings,
  ruleOf,
  setSetting,
  sourced,
  sourcedDiagnostics,
  waitForDiagnostics,
  waitForEvent,
  writeWorkspaceFile
} from './helpers.js'

describe('Sourced diagnostics', () => {
  let article: vscode.Uri

  before(async () => {
    article = await copyReferenceArticle()
  })

  afterEach(closeAllEditors)

  after(async () => {
    await deleteWorkspaceFiles('nordkorea.news', 'gross.news', 'binaer.news', 'notiz.md', 'fehler.news')
    await removeEmptyWorkspaceSettings()
  })

  it('reports exactly the unattributed figures of the reference article', async () => {
    const editor = await open(article)
    const diagnostics = await waitForDiagnostics(article, (all) => all.some((d) => ruleOf(d) === 'unattributed-figure'))
    const unattributed = diagnostics.filter((d) => ruleOf(d) === 'unattributed-figure')
    assert.deepEqual(
      unattributed.map((d) => editor.document.getText(d.range)),
      ['Tausende'],
      'the gold annotation has one figure without a source: "Tausende sollen folgen."'
    )
    assert.equal(unattributed[0]?.range.start.line, 2)
  })

  it('links each diagnostic to its rule and names Sourced as the source', async () => {
    await open(article)
    const extension = vscode.extensions.getExtension(EXTENSION_ID)
    assert.ok(extension)
    const diagnostics = await waitForDiagnostics(article, (all) => all.length > 0)
    for (const diagnostic of diagnostics) {
      assert.equal(diagnostic.source, 'Sourced')
      assert.ok(typeof diagnostic.code === 'object', 'code carries a target')
      assert.match(String(diagnostic.code.value), /^(unattributed-figure|vague-source|hedge-without-source)$/)
      // The rule's page in the extension's own folder, which opens offline.
      const rule = String(diagnostic.code.value)
      assert.equal(
        diagnostic.code.target.toString(),
        vscode.Uri.joinPath(extension.extensionUri, 'docs', 'rules', `${rule}.md`).toString()
      )
      const page = Buffer.from(await vscode.workspace.fs.readFile(diagnostic.code.target)).toString('utf8')
      assert.ok(page.startsWith(`# ${rule}\n`), `the page of ${rule} is in the package`)
    }
  })

  it('updates as the writer types', async () => {
    const editor = await open(article)
    await waitForDiagnostics(article, (all) => all.length > 0)
    const before = sourcedDiagnostics(article).filter((d) => ruleOf(d) === 'unattributed-figure').length
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end
    await editor.edit((edit) => edit.insert(end, '\n\nAm Abend demonstrierten 4.000 Menschen vor der Botschaft.'))
    const grown = await waitForDiagnostics(
      article,
      (all) => all.filter((d) => ruleOf(d) === 'unattributed-figure').length === before + 1,
      'a diagnostic for the new figure'
    )
    assert.ok(grown.some((d) => editor.document.getText(d.range).startsWith('4.000')))
    await vscode.commands.executeCommand('workbench.action.files.revert')
  })

  it('clears the diagnostics when the document closes', async () => {
    // An untitled document is discarded as soon as its editor closes; a file's may linger in memory.
    const document = await vscode.workspace.openTextDocument({
      language: 'news',
      content: 'Tausende kamen zur Kundgebung.'
    })
    await vscode.window.showTextDocument(document)
    await waitForDiagnostics(document.uri, (all) => all.length > 0)
    const closed = waitForEvent(
      vscode.workspace.onDidCloseTextDocument,
      () => document.isClosed,
      'the document to close'
    )
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor')
    await closed
    assert.deepEqual(sourcedDiagnostics(document.uri), [])
  })

  it('skips a file over the size limit and says so in the status bar', async () => {
    const api = await sourced()
    await setSetting('maxFileSize', 1)
    try {
      const big = await writeWorkspaceFile(
        'gross.news',
        'Laut Polizei kamen 200 Menschen. Es gab 40 Festnahmen.\n\n'.repeat(40)
      )
      await open(big)
      assert.deepEqual(sourcedDiagnostics(big), [])
      assert.match(api.statusText() ?? '', /too large|zu groß/)
    } finally {
      await setSetting('maxFileSize', undefined)
    }
  })

  it('logs a failed analysis, keeps no stale diagnostics and recovers on the next edit', async () => {
    const api = await sourced()
    const hooks = api.test
    assert.ok(hooks, 'activate returns the test hooks when VS Code runs the tests (ExtensionMode.Test)')
    // A document holding this text fails to analyse, through the test-only hook.
    const fault = 'SOURCED-TEST-FAULT'
    hooks.beforeAnalyse((text) => {
      if (text.includes(fault)) throw new Error('fault injected by the integration test')
    })
    try {
      const uri = await writeWorkspaceFile('fehler.news', 'Es kamen 40 Gäste.\n')
      const editor = await open(uri)
      await waitForDiagnostics(uri, (all) => all.length > 0)

      await editor.edit((edit) => edit.insert(new vscode.Position(1, 0), fault))
      await waitForDiagnostics(uri, (all) => all.length === 0)
      assert.equal(api.analysis(editor.document), undefined)
      assert.match(api.statusText() ?? '', /analysis failed|Prüfung fehlgeschlagen/)
      // The status bar item opens the log, which names the file and the error.
      await vscode.commands.executeCommand('sourced.showLog')
      const logged = await waitForEvent(
        vscode.workspace.onDidChangeTextDocument,
        () =>
          vscode.workspace.textDocuments.find(
            (document) =>
              document.uri.scheme === 'output' &&
              document.getText().includes('fehler.news') &&
              document.getText().includes('fault injected')
          ),
        'the Sourced log to name the failed file'
      )
      assert.match(logged.getText(), /\[error\]/)

      await editor.edit((edit) =>
        edit.delete(new vscode.Range(new vscode.Position(1, 0), new vscode.Position(1, fault.length)))
      )
      await waitForDiagnostics(uri, (all) => all.length > 0)
      assert.doesNotMatch(api.statusText() ?? '', /analysis failed|Prüfung fehlgeschlagen/)
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor')
    } finally {
      hooks.beforeAnalyse(undefined)
    }
  })

  it('ignores binary files', async () => {
    const api = await sourced()
    const nul = await vscode.workspace.openTextDocument({language: 'news', content: 'Es kamen 12\u0000000 Soldaten.'})
    assert.equal(api.analysis(nul), undefined, 'text with NUL bytes is not analysed')
    const binary = await writeWorkspaceFile(
      'binaer.news',
      new Uint8Array([0x31, 0x32, 0x00, 0x33, 0x20, 0x53, 0x6f, 0x6c, 0x64])
    )
    // VS Code may refuse to open a binary file as text; if it does open it, Sourced leaves it alone.
    const document = await vscode.workspace.openTextDocument(binary).then(undefined, () => undefined)
    if (document) assert.equal(api.analysis(document), undefined)
    assert.deepEqual(sourcedDiagnostics(binary), [])
  })

  it('analyses only files and untitled documents, not other schemes such as the Chat input', async () => {
    const api = await sourced()
    const content = 'Tausende kamen zur Kundgebung.'
    const provider = vscode.workspace.registerTextDocumentContentProvider('sourced-test', {
      provideTextDocumentContent: () => content
    })
    try {
      const virtual = await vscode.languages.setTextDocumentLanguage(
        await vscode.workspace.openTextDocument(vscode.Uri.parse('sourced-test:/kundgebung.news')),
        'news'
      )
      assert.equal(api.analysis(virtual), undefined)
      const untitled = await vscode.workspace.openTextDocument({language: 'news', content})
      assert.ok(api.analysis(untitled), 'an untitled news document is analysed')
    } finally {
      provider.dispose()
    }
  })

  it('analyses the prose of an enabled Markdown file, not its code, links or front matter', async () => {
    await setSetting('enabledLanguages', ['news', 'markdown'])
    try {
      const markdown = await writeWorkspaceFile(
        'notiz.md',
        [
          '---',
          'auflage: 25000',
          '---',
          '',
          'Am Samstag kamen 3.000 Menschen zum Stadtfest.',
          '',
          '```',
          'besucher = 12000',
          '```',
          '',
          'Mehr unter [Programm](https://example.org/2024/900-jahre).',
          ''
        ].join('\n')
      )
      const editor = await open(markdown)
      const diagnostics = await waitForDiagnostics(markdown, (all) => all.length > 0)
      const lines = new Set(diagnostics.map((d) => d.range.start.line))
      assert.ok(lines.has(4), 'the prose figure is reported')
      assert.deepEqual([...lines].filter((line) => line !== 4), [], 'nothing outside the prose line')
      assert.equal(editor.document.languageId, 'markdown')
    } finally {
      await setSetting('enabledLanguages', undefined)
    }
  })
})
