// Every contributed command is registered and runs: navigation, report, exports,
// workspace check and the per-file switch.
import * as assert from 'node:assert/strict'
import * as path from 'node:path'
import * as vscode from 'vscode'
import {
  closeAllEditors,
  copyReferenceArticle,
  machineFile,
  deleteWorkspaceFiles,
  EXTENSION_ID,
  open,
  REPOSITORY,
  sourced,
  waitForDiagnostics,
  workspaceFile,
  writeWorkspaceFile
} from './helpers.js'

interface CommandContribution {
  command: string
  title: string
  category?: string
}

describe('Sourced commands', () => {
  let article: vscode.Uri

  before(async () => {
    article = await copyReferenceArticle()
  })

  afterEach(closeAllEditors)

  after(async () => {
    await deleteWorkspaceFiles('nordkorea.news', 'bericht.md', 'bericht.json', 'ungeoeffnet.news', 'notiz.txt')
  })

  it('registers every contributed command, each titled under "Sourced"', async () => {
    await sourced()
    const extension = vscode.extensions.getExtension(EXTENSION_ID)
    const contributed: CommandContribution[] = extension?.packageJSON.contributes.commands ?? []
    const registered = new Set(await vscode.commands.getCommands(true))
    for (const id of [
      'nextUnattributed', 'previousUnattributed', 'showReport', 'exportMarkdown', 'exportJson', 'checkWorkspace',
      'enableForFile', 'disableForFile'
    ]) {
      assert.ok(
        contributed.some((command) => command.command === `sourced.${id}`),
        `sourced.${id} is contributed`
      )
    }
    for (const command of contributed) {
      assert.ok(registered.has(command.command), `${command.command} is registered`)
      assert.equal(command.category, 'Sourced')
      assert.doesNotMatch(command.title, /^%/, `${command.command} has a title in package.nls.json`)
    }
  })

  it('documents every setting', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)
    const properties: Record<string, {markdownDescription?: string}> =
      extension?.packageJSON.contributes.configuration.properties ?? {}
    assert.ok(Object.keys(properties).length >= 9)
    for (const [key, property] of Object.entries(properties)) {
      assert.match(key, /^sourced\./)
      assert.ok(
        property.markdownDescription && !property.markdownDescription.startsWith('%'),
        `${key} has a description`
      )
    }
  })

  it('translates every UI string into German', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)
    assert.ok(extension)
    const root = extension.extensionUri
    const json = async (...parts: string[]) =>
      JSON.parse(
        Buffer.from(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(root, ...parts))).toString('utf8')
      ) as Record<string, string>
    assert.deepEqual(
      Object.keys(await json('package.nls.de.json')).sort(),
      Object.keys(await json('package.nls.json')).sort()
    )
    const bundle = await json('l10n', 'bundle.l10n.de.json')
    // The sources are in the repository, not in the installed package.
    const editorSources = machineFile(path.join(REPOSITORY, 'src', 'editor'))
    const sources = await vscode.workspace.fs.readDirectory(editorSources)
    let checked = 0
    for (const [name] of sources) {
      const text = Buffer.from(
        await vscode.workspace.fs.readFile(vscode.Uri.joinPath(editorSources, name))
      ).toString('utf8')
      for (const match of text.matchAll(/l10n\.t\(\s*'((?:\\.|[^'\\])*)'/g)) {
        const [, literal] = match
        assert.ok(literal !== undefined)
        const message = literal.replace(/\\'/g, "'")
        assert.ok(message in bundle, `${name}: "${message}" has no German translation`)
        checked++
      }
    }
    assert.ok(checked > 50, `only ${checked} UI strings found`)
  })

  it('moves to the next and previous unattributed figure', async () => {
    const editor = await open(article)
    await waitForDiagnostics(article, (all) => all.length > 0)
    editor.selection = new vscode.Selection(0, 0, 0, 0)
    await vscode.commands.executeCommand('sourced.nextUnattributed')
    assert.equal(editor.document.getText(editor.selection), 'Tausende')
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end
    editor.selection = new vscode.Selection(end, end)
    await vscode.commands.executeCommand('sourced.previousUnattributed')
    assert.equal(editor.document.getText(editor.selection), 'Tausende')
  })

  it('opens the source report webview with the sources, claims and figures', async () => {
    const api = await sourced()
    await open(article)
    await waitForDiagnostics(article, (all) => all.length > 0)
    await vscode.commands.executeCommand('sourced.showReport')
    const html = api.reportHtml()
    assert.ok(html, 'a report panel is open')
    assert.match(html, /Content-Security-Policy" content="default-src 'none'/)
    assert.match(html, /script-src 'nonce-[A-Za-z0-9+/=]+'/)
    assert.match(html, /<script nonce="[^"]+" src="[^"]+report\.js"/)
    assert.match(html, /Budanow/)
    assert.match(html, /data-start="\d+" data-end="\d+"/, 'rows link back into the editor')
    assert.match(html, /<h2>[^<]*(Differing figures|Abweichende Zahlen)<\/h2>/)
  })

  it('exports the report as Markdown and as JSON', async () => {
    await open(article)
    await waitForDiagnostics(article, (all) => all.length > 0)
    const markdownFile = workspaceFile('bericht.md')
    const jsonFile = workspaceFile('bericht.json')
    await vscode.commands.executeCommand('sourced.exportMarkdown', markdownFile)
    await vscode.commands.executeCommand('sourced.exportJson', jsonFile)
    const markdown = Buffer.from(await vscode.workspace.fs.readFile(markdownFile)).toString('utf8')
    assert.match(markdown, /^# .*nordkorea\.news/)
    assert.match(markdown, /\| Kyrylo Budanow|Budanow/)
    const report = JSON.parse(Buffer.from(await vscode.workspace.fs.readFile(jsonFile)).toString('utf8'))
    assert.equal(report.format, 'sourced-report/1')
    assert.ok(report.sources.some((source: {name: string}) => /ISW|Institute for the Study of War/.test(source.name)))
    assert.ok(
      report.figures.some(
        (figure: {text: string; status: string}) => figure.text === 'Tausende' && figure.status === 'none'
      )
    )
  })

  it('opens an export in a new editor when no file is given', async () => {
    await open(article)
    await waitForDiagnostics(article, (all) => all.length > 0)
    await vscode.commands.executeCommand('sourced.exportMarkdown')
    const exported = vscode.window.activeTextEditor?.document
    assert.equal(exported?.uri.scheme, 'untitled')
    assert.equal(exported?.languageId, 'markdown')
  })

  it('checks news files that are not open and reports into Problems', async () => {
    const closed = await writeWorkspaceFile('ungeoeffnet.news', 'Rund 800 Beschäftigte verlieren ihre Stelle.\n')
    await vscode.commands.executeCommand('sourced.checkWorkspace')
    const diagnostics = await waitForDiagnostics(closed, (all) => all.length > 0)
    assert.ok(diagnostics.every((diagnostic) => diagnostic.source === 'Sourced'))
    assert.ok(
      !vscode.workspace.textDocuments.some((document) => document.uri.toString() === closed.toString()),
      'the file was not opened'
    )
  })

  it('switches a text file on and off', async () => {
    const api = await sourced()
    const text = await writeWorkspaceFile('notiz.txt', 'Tausende warteten vor dem Stadion.\n')
    const editor = await open(text)
    assert.equal(api.analysis(editor.document), undefined, 'plain text is off by default')
    assert.match(api.statusText() ?? '', /Sourced (off|aus)/)
    await vscode.commands.executeCommand('sourced.enableForFile')
    await waitForDiagnostics(text, (all) => all.length > 0, 'diagnostics once switched on')
    assert.match(api.statusText() ?? '', /1 (without a source|ohne Quelle)/)
    await vscode.commands.executeCommand('sourced.disableForFile')
    await waitForDiagnostics(text, (all) => all.length === 0, 'diagnostics gone once switched off')
    assert.equal(api.analysis(editor.document), undefined)
  })

  it('reveals a place from the Sources view', async () => {
    const api = await sourced()
    await open(article)
    await waitForDiagnostics(article, (all) => all.length > 0)
    const roots = api.sourcesTree.getChildren()
    const isw = roots.find((node) => node.kind === 'source' && /ISW|Institute/.test(node.source.name))
    assert.ok(isw, 'the ISW is in the Sources view')
    const item = api.sourcesTree.getTreeItem(isw)
    assert.equal(item.command?.command, 'sourced.reveal')
    await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []))
    const editor = vscode.window.activeTextEditor
    assert.ok(editor)
    assert.match(editor.document.getText(editor.selection), /ISW|Institute|Denkfabrik/)
  })
})
