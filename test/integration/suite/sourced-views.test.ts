// How an article looks and reads in the editor: the `.news` defaults, semantic highlighting
// behind `sourced.highlight`, the Outline's structure and the Sources view's groups and menu.
import * as assert from 'node:assert/strict'
import * as vscode from 'vscode'
import type {SourceNode} from '../../../src/editor/sourcesTree.js'
import {
  closeAllEditors,
  deleteWorkspaceFiles,
  EXTENSION_ID,
  open,
  removeEmptyWorkspaceSettings,
  setSetting,
  sourced,
  waitForDiagnostics,
  waitForEvent,
  writeWorkspaceFile
} from './helpers.js'
import {IGNORED_FIGURE, LIBRARY_ARTICLE} from './articles.js'

interface MenuItem {
  command: string
  when?: string
}

describe('Sourced views', () => {
  let uri: vscode.Uri

  before(async () => {
    uri = await writeWorkspaceFile('bibliothek.news', `${LIBRARY_ARTICLE}\n`)
    await setSetting('ignoredFigures', [IGNORED_FIGURE])
  })

  afterEach(closeAllEditors)

  after(async () => {
    await setSetting('highlight', undefined)
    await setSetting('ignoredFigures', undefined)
    await deleteWorkspaceFiles('bibliothek.news')
    await removeEmptyWorkspaceSettings()
  })

  const ready = async () => {
    const editor = await open(uri)
    const unsourced = (diagnostic: vscode.Diagnostic) => /1\.200/.test(editor.document.getText(diagnostic.range))
    await waitForDiagnostics(uri, (all) => all.some(unsourced))
    return editor
  }

  it('gives .news files calm editor defaults', async () => {
    const editor = await ready()
    assert.equal(editor.document.languageId, 'news')
    const config = vscode.workspace.getConfiguration('editor', {uri, languageId: 'news'})
    assert.equal(config.get('wordWrap'), 'on')
    assert.equal(config.get('unicodeHighlight.ambiguousCharacters'), false)
    assert.equal(config.get('bracketPairColorization.enabled'), false)
    assert.equal(config.get('guides.bracketPairs'), false)
    // Wrapping breaks after these characters: without `.` and `,`, never inside `3.400` or `12,000`.
    const breakAfter = config.get<string>('wordWrapBreakAfterCharacters')
    assert.ok(breakAfter?.includes(' '), 'still breaks after spaces')
    assert.doesNotMatch(breakAfter ?? '.', /[.,]/)
    // Other languages keep VS Code's own defaults.
    const code = vscode.workspace.getConfiguration('editor', {languageId: 'javascript'})
    assert.equal(code.get('bracketPairColorization.enabled'), true)
  })

  it('colours figures, cues and sources by semantic tokens only when sourced.highlight is on', async () => {
    const editor = await ready()
    const tokens = async () => {
      const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>(
        'vscode.provideDocumentSemanticTokensLegend',
        uri
      )
      const result = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>(
        'vscode.provideDocumentSemanticTokens',
        uri
      )
      const decoded: Array<{text: string; type: string | undefined}> = []
      const data = result?.data ?? new Uint32Array()
      let line = 0
      let character = 0
      for (let index = 0; index + 4 < data.length; index += 5) {
        const [deltaLine = 0, deltaStart = 0, length = 0, type = 0] = data.slice(index, index + 4)
        line += deltaLine
        character = deltaLine === 0 ? character + deltaStart : deltaStart
        const range = new vscode.Range(line, character, line, character + length)
        decoded.push({text: editor.document.getText(range), type: legend?.tokenTypes[type]})
      }
      return decoded
    }
    assert.deepEqual(await tokens(), [], 'no semantic tokens while the setting is off')
    await setSetting('highlight', true)
    const on = await tokens()
    assert.deepEqual(
      on.filter((token) => token.type === 'unsourcedFigure').map((token) => token.text),
      ['Rund 1.200 Menschen']
    )
    assert.ok(on.some((token) => token.type === 'figure' && token.text === 'vier neue Mitarbeiter'))
    assert.ok(on.some((token) => token.type === 'attributionCue' && token.text === 'sagte'))
    assert.ok(on.some((token) => token.type === 'newsSource' && /Clara Weiß/.test(token.text)))
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON
    const contributed: Array<{id: string; superType?: string}> = manifest.contributes.semanticTokenTypes
    assert.ok(contributed.every((type) => type.superType), 'every token type has a super type themes colour')
    await setSetting('highlight', false)
    assert.deepEqual(await tokens(), [], 'none again once switched off')
  })

  it('outlines the article: headline, subhead, paragraphs with claims, then the sources', async () => {
    await ready()
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
      'vscode.executeDocumentSymbolProvider',
      uri
    )
    assert.deepEqual(
      symbols.map((symbol) => [symbol.name, symbol.kind]),
      [
        ['Stadtbibliothek verlängert Öffnungszeiten', vscode.SymbolKind.File],
        [symbols[1]?.name, vscode.SymbolKind.Package]
      ]
    )
    const [headline, sources] = symbols
    assert.ok(headline && sources)
    assert.match(sources.name, /^(Sources|Quellen)$/)
    assert.deepEqual(
      sources.children.map((source) => [source.name, source.kind]),
      [['Clara Weiß', vscode.SymbolKind.Object]]
    )
    const [lead, subhead] = headline.children
    assert.equal(headline.children.length, 2)
    assert.equal(lead?.kind, vscode.SymbolKind.String)
    assert.match(lead?.name ?? '', /^Die Stadtbibliothek Lindental/)
    assert.ok(lead?.children.every((child) => child.kind === vscode.SymbolKind.Event), 'the lead holds claims')
    assert.equal(subhead?.name, 'Mehr Personal')
    assert.equal(subhead?.kind, vscode.SymbolKind.Namespace)
    const [quotes, petition] = subhead?.children ?? []
    assert.equal(subhead?.children.length, 2)
    const quote = quotes?.children.find((claim) => /vier neue Mitarbeiter/.test(claim.name))
    assert.equal(quote?.detail, 'Clara Weiß')
    assert.deepEqual(
      quote?.children.map((figure) => [figure.name, figure.kind]),
      [['vier neue Mitarbeiter', vscode.SymbolKind.Number]]
    )
    assert.deepEqual(
      petition?.children.map((figure) => figure.name),
      ['Rund 1.200 Menschen', '35 Computer']
    )
  })

  it('groups figures with no source and with a vague one apart, in the Problems colours', async () => {
    const api = await sourced()
    await ready()
    await waitForEvent(
      api.sourcesTree.onDidChangeTreeData,
      () => api.sourcesTree.getChildren().some((node) => node.kind === 'source' && node.source.name === 'Clara Weiß'),
      'the Sources view'
    )
    const roots = api.sourcesTree.getChildren()
    assert.deepEqual(
      roots.map((node) => (node.kind === 'group' ? node.group : node.kind)),
      ['source', 'none', 'vague']
    )
    const figuresOf = (node: SourceNode | undefined) =>
      api.sourcesTree.getChildren(node).map((child) => (child.kind === 'figure' ? child.figure.text : child.kind))
    assert.deepEqual(figuresOf(roots[1]), ['Rund 1.200 Menschen'], 'the ignored figure is left out')
    assert.deepEqual(figuresOf(roots[2]), ['86.000 Besuche', '20 Prozent'])
    const icon = (node: SourceNode | undefined) => {
      assert.ok(node)
      const path = api.sourcesTree.getTreeItem(node).iconPath
      assert.ok(path instanceof vscode.ThemeIcon)
      // ThemeColor keeps its id at run time; the 1.90 typings do not declare it.
      const color = path.color && 'id' in path.color ? String(path.color.id) : undefined
      return [path.id, color]
    }
    assert.deepEqual(icon(roots[1]), ['warning', 'problemsWarningIcon.foreground'])
    assert.deepEqual(icon(roots[2]), ['info', 'problemsInfoIcon.foreground'])
    const noSource = roots[1]
    assert.ok(noSource)
    assert.match(String(api.sourcesTree.getTreeItem(noSource).label), /^(No source|Ohne Quelle)$/)
    const source = roots[0]
    assert.ok(source?.kind === 'source')
    const item = api.sourcesTree.getTreeItem(source)
    assert.equal(item.label, 'Clara Weiß')
    assert.equal(item.contextValue, 'sourced.source')
    assert.ok(item.tooltip instanceof vscode.MarkdownString)
    assert.match(item.tooltip.value, /^\*\*Clara Weiß\*\* — (person|Person)/)
    assert.match(item.tooltip.value, /Bibliotheksleiterin Clara Weiß/, 'the tooltip names every alias')
  })

  it('offers "Reveal in Source Report" and "Copy" on Sources view items only', async () => {
    const api = await sourced()
    await ready()
    const menus = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON.contributes.menus
    const context: MenuItem[] = menus['view/item/context']
    const palette: MenuItem[] = menus.commandPalette
    for (const command of ['sourced.revealInReport', 'sourced.copyItem']) {
      assert.ok(context.some((item) => item.command === command && /view == sourced\.sources/.test(item.when ?? '')))
      assert.ok(palette.some((item) => item.command === command && item.when === 'false'), `${command} not in palette`)
    }
    const roots = api.sourcesTree.getChildren()
    const claim = api.sourcesTree.getChildren(roots[0]).find((node) => node.kind === 'claim')
    assert.ok(claim?.kind === 'claim')
    // Copy takes the whole claim, not the view's shortened label.
    await vscode.commands.executeCommand('sourced.copyItem', claim)
    const copied = await vscode.env.clipboard.readText()
    assert.equal(copied, api.sourcesTree.copyText(claim))
    assert.equal(copied, 'Die Stadtbibliothek Lindental öffnet ab März auch sonntags.')

    const unsourced = api.sourcesTree.getChildren(roots[1])[0]
    assert.ok(unsourced?.kind === 'figure')
    await vscode.commands.executeCommand('sourced.revealInReport', unsourced)
    const html = api.reportHtml()
    assert.ok(html, 'the report opened')
    assert.match(html, new RegExp(`<body data-focus-start="${unsourced.figure.start}"`))
    assert.match(html, new RegExp(`<tr tabindex="0" data-row-start="${unsourced.figure.start}"`))
  })
})
