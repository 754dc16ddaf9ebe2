// The Outline: each source with its claims (and their figures), then the figures that
// have no named source.
import * as vscode from 'vscode'
import type {Claim, Figure, SourceType, Span} from '../core/index.js'
import type {AnalysisCache} from './analysisCache.js'
import {claimKindLabel, figureStatusLabel, sourceTypeLabel} from './labels.js'
import {claimsOf, excerpt, figuresWithoutNamedSource} from './lookup.js'
import {spanRange} from './positions.js'

const SOURCE_KIND: Record<SourceType, vscode.SymbolKind> = {
  person: vscode.SymbolKind.Object,
  organization: vscode.SymbolKind.Class,
  group: vscode.SymbolKind.Namespace,
  document: vscode.SymbolKind.File
}

export class SymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly cache: AnalysisCache) {}

  provideDocumentSymbols(document: vscode.TextDocument): vscode.DocumentSymbol[] {
    const analysis = this.cache.analysis(document)
    if (!analysis) return []
    const text = document.getText()
    const symbol = (name: string, detail: string, kind: vscode.SymbolKind, span: Span, selection: Span = span) =>
      new vscode.DocumentSymbol(name || '…', detail, kind, spanRange(document, span), spanRange(document, selection))
    const figureSymbol = (figure: Figure) =>
      symbol(excerpt(text, figure, 40), figureStatusLabel(figure), vscode.SymbolKind.Number, figure)
    const claimSymbol = (claim: Claim) => {
      const node = symbol(excerpt(text, claim, 60), claimKindLabel(claim.kind), vscode.SymbolKind.String, claim)
      node.children = analysis.figures.filter((figure) => claim.figures.includes(figure.id)).map(figureSymbol)
      return node
    }
    const symbols = analysis.sources
      .filter((source) => source.mentions.length > 0)
      .map((source) => {
        const claims = claimsOf(analysis, source.id)
        const node = symbol(
          source.name,
          sourceTypeLabel(source.type),
          SOURCE_KIND[source.type],
          cover([...source.mentions, ...claims]),
          source.mentions[0]
        )
        node.children = claims.map(claimSymbol)
        return node
      })
    const unsourced = figuresWithoutNamedSource(analysis)
    if (unsourced.length > 0) {
      const group = symbol(
        vscode.l10n.t('Without a named source'),
        String(unsourced.length),
        vscode.SymbolKind.Namespace,
        cover(unsourced),
        unsourced[0]
      )
      group.children = unsourced.map(figureSymbol)
      symbols.push(group)
    }
    return symbols
  }
}

/** The smallest span holding all the spans, so a parent symbol encloses its children. */
function cover(spans: Span[]): Span {
  return {start: Math.min(...spans.map((span) => span.start)), end: Math.max(...spans.map((span) => span.end))}
}

