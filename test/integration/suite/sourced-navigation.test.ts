// Hover cards, Go to Definition, references, highlights, the Outline and inlay hints on the reference article.
import * as assert from 'node:assert/strict'
import * as vscode from 'vscode'
import {
  closeAllEditors,
  copyReferenceArticle,
  deleteWorkspaceFiles,
  hoverMarkdown,
  open,
  positionOf,
  waitForDiagnostics
} from './helpers.js'

describe('Sourced navigation', () => {
  let document: vscode.TextDocument

  before(async () => {
    const article = await copyReferenceArticle()
    document = (await open(article)).document
    await waitForDiagnostics(article, (all) => all.length > 0)
  })

  after(async () => {
    await closeAllEditors()
    await deleteWorkspaceFiles('nordkorea.news')
  })

  it('shows the NIS in the hover on "1.500 Soldaten"', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      document.uri,
      positionOf(document, '1.500 Soldaten')
    )
    const text = hoverMarkdown(hovers)
      .map((markdown) => markdown.value)
      .join('\n')
    assert.match(text, /NIS/)
    assert.match(text, /National Intelligence Service|Geheimdienst/, 'the hover lists the aliases')
  })

  it('says in the hover that "Tausende" has no source and offers the fix', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      document.uri,
      positionOf(document, 'Tausende')
    )
    const text = hoverMarkdown(hovers)
      .map((markdown) => markdown.value)
      .join('\n')
    assert.match(text, /keine Quelle|No source/i)
    assert.match(text, /laut|according to/)
  })

  it('goes from "11.000" to Kyrylo Budanow', async () => {
    const locations = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>(
      'vscode.executeDefinitionProvider',
      document.uri,
      positionOf(document, '11.000')
    )
    assert.equal(locations.length, 1)
    const [location] = locations
    assert.ok(location)
    const range = 'targetRange' in location ? location.targetRange : location.range
    const landed = document.getText(new vscode.Range(range.start, range.start.translate(0, 60)))
    assert.match(landed, /Budanow/, `landed on "${document.getText(range)}"`)
    assert.equal(range.start.line, positionOf(document, '11.000').line, 'Budanow is first named in the same paragraph')
  })

  it('lists the claims of the ISW as its references', async () => {
    const locations = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider',
      document.uri,
      positionOf(document, 'ISW')
    )
    const texts = locations.map((location) => document.getText(location.range))
    assert.ok(texts.some((text) => text.includes('mehrere Tausend')), `references: ${JSON.stringify(texts)}`)
    assert.ok(texts.some((text) => text.includes('ISW')), 'the mention itself is included')
  })

  it('highlights every mention of the NIS', async () => {
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>(
      'vscode.executeDocumentHighlights',
      document.uri,
      positionOf(document, 'des NIS', 1, 5)
    )
    const texts = highlights.map((highlight) => document.getText(highlight.range))
    assert.ok(texts.length >= 3, `highlights: ${JSON.stringify(texts)}`)
    assert.ok(texts.some((text) => /\bNIS\b/.test(text)), 'the mention "NIS" is highlighted')
    assert.ok(texts.some((text) => /Geheimdienst/.test(text)), 'the other names of the NIS are highlighted too')
  })

  it('outlines the article with its claims, and the sources below', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
      'vscode.executeDocumentSymbolProvider',
      document.uri
    )
    const sources = symbols.at(-1)
    assert.match(sources?.name ?? '', /^(Sources|Quellen)$/, `outline: ${symbols.map((symbol) => symbol.name)}`)
    const isNis = (name: string) => /NIS|National Intelligence Service|Geheimdienst/.test(name)
    assert.ok(sources?.children.some((source) => isNis(source.name)))
    assert.ok(sources?.children.some((source) => /Budanow/.test(source.name)))
    // The claims sit in the paragraphs that hold them, each naming its source.
    const all = (symbol: vscode.DocumentSymbol): vscode.DocumentSymbol[] => [symbol, ...symbol.children.flatMap(all)]
    const claims = symbols.slice(0, -1).flatMap(all).filter((symbol) => symbol.kind === vscode.SymbolKind.Event)
    assert.ok(claims.filter((claim) => isNis(claim.detail)).length >= 3, 'the NIS makes at least three claims')
  })

  it('shows "← NIS" after the attributed figure', async () => {
    const range = new vscode.Range(0, 0, document.lineCount, 0)
    const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>(
      'vscode.executeInlayHintProvider',
      document.uri,
      range
    )
    const label = (hint: vscode.InlayHint) =>
      typeof hint.label === 'string' ? hint.label : hint.label.map((part) => part.value).join('')
    const start = document.getText().indexOf('1.500 Soldaten')
    const after1500 = hints.find((hint) => {
      const offset = document.offsetAt(hint.position)
      return offset > start && offset <= start + '1.500 Soldaten'.length
    })
    assert.ok(after1500, `hints: ${hints.map(label).join(', ')}`)
    assert.equal(label(after1500), '← NIS')
  })
})
