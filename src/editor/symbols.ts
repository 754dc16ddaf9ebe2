// The Outline and breadcrumbs: the article's structure (headline, subheads, the paragraphs
// that hold claims or figures, each claim with its figures), then the sources it names.
// The Sources view lists claims by source; the Outline follows the text.
import * as vscode from 'vscode'
import type {Analysis, Claim, Figure, SourceType, Span} from '../core/index.js'
import type {AnalysisCache} from './analysisCache.js'
import {claimKindLabel, countLabel, figureStatusLabel, sourceTypeLabel} from './labels.js'
import {claimsOf, excerpt, sourceById} from './lookup.js'
import {articleOutline, type OutlineParagraph, type OutlineSection} from './outline.js'
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
    return new OutlineSymbols(document, analysis).symbols()
  }
}

class OutlineSymbols {
  private readonly text: string

  constructor(
    private readonly document: vscode.TextDocument,
    private readonly analysis: Analysis
  ) {
    this.text = document.getText()
  }

  symbols(): vscode.DocumentSymbol[] {
    const outline = articleOutline(this.analysis, this.text)
    const structure = outline.headline
      ? [this.section(outline.headline)]
      : [...outline.paragraphs.map((paragraph) => this.paragraph(paragraph)), ...outline.subheads.map(this.section)]
    const sources = this.sources()
    return sources ? [...structure, sources] : structure
  }

  private symbol(name: string, detail: string, kind: vscode.SymbolKind, span: Span, selection: Span = span) {
    const range = spanRange(this.document, span)
    // The selection must lie inside the range, or VS Code rejects the symbol.
    const selected = range.intersection(spanRange(this.document, selection)) ?? range
    return new vscode.DocumentSymbol(name || '…', detail, kind, range, selected)
  }

  private readonly section = (section: OutlineSection): vscode.DocumentSymbol => {
    const kind = section.kind === 'headline' ? vscode.SymbolKind.File : vscode.SymbolKind.Namespace
    const node = this.symbol(section.title, '', kind, section, section.titleSpan)
    const paragraphs = section.paragraphs.map((paragraph) => this.paragraph(paragraph))
    node.children = [...paragraphs, ...section.subheads.map(this.section)]
    return node
  }

  private paragraph(paragraph: OutlineParagraph): vscode.DocumentSymbol {
    const claims = paragraph.claims.length
    const detail = claims > 0 ? countLabel('claims', claims) : ''
    const node = this.symbol(excerpt(this.text, paragraph, 48), detail, vscode.SymbolKind.String, paragraph, {
      start: paragraph.start,
      end: paragraph.start
    })
    node.children = [
      ...paragraph.claims.map((claim) => this.claim(claim)),
      ...paragraph.figures.map((figure) => this.figure(figure))
    ].sort((a, b) => a.range.start.compareTo(b.range.start))
    return node
  }

  private claim(claim: Claim): vscode.DocumentSymbol {
    const source = claim.source === null ? undefined : sourceById(this.analysis, claim.source)
    const who = source?.name ?? claim.vagueSource?.text ?? claimKindLabel(claim.kind)
    const node = this.symbol(excerpt(this.text, claim, 60), who, vscode.SymbolKind.Event, claim)
    node.children = this.analysis.figures
      .filter((figure) => claim.figures.includes(figure.id))
      .map((figure) => this.figure(figure))
    return node
  }

  private figure(figure: Figure): vscode.DocumentSymbol {
    return this.symbol(excerpt(this.text, figure, 40), figureStatusLabel(figure), vscode.SymbolKind.Number, figure)
  }

  /** The sources below the structure, each at its first mention. */
  private sources(): vscode.DocumentSymbol | undefined {
    const named = this.analysis.sources.filter((source) => source.mentions.length > 0)
    const first = named.flatMap((source) => source.mentions.slice(0, 1))
    if (named.length === 0) return undefined
    const group = this.symbol(vscode.l10n.t('Sources'), String(named.length), vscode.SymbolKind.Package, cover(first))
    group.children = named.map((source) => {
      const claims = claimsOf(this.analysis, source.id).length
      const count = countLabel('claims', claims)
      const mention = source.mentions[0] ?? {start: 0, end: 0}
      return this.symbol(source.name, `${sourceTypeLabel(source.type)} · ${count}`, SOURCE_KIND[source.type], mention)
    })
    return group
  }
}

/** The smallest span holding all the spans, so a parent symbol encloses its children. */
function cover(spans: Span[]): Span {
  return {start: Math.min(...spans.map((span) => span.start)), end: Math.max(...spans.map((span) => span.end))}
}
