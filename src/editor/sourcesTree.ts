// The Sources view: for the article in the active editor, each source with its claims
// and figures, then the figures without a named source. A click reveals the place.
import * as vscode from 'vscode'
import type {Analysis, Claim, Figure, Source, Span} from '../core/index.js'
import type {AnalysisCache} from './analysisCache.js'
import {claimKindLabel, figureStatusLabel, sourceTypeLabel} from './labels.js'
import {claimsOf, excerpt, figuresOf, figuresWithoutNamedSource} from './lookup.js'

export const REVEAL_COMMAND = 'sourced.reveal'

export type SourceNode =
  | {kind: 'source'; source: Source}
  | {kind: 'claim'; claim: Claim}
  | {kind: 'figure'; figure: Figure}
  | {kind: 'unsourced'; figures: Figure[]}

export const SOURCES_VIEW_ID = 'sourced.sources'

export class SourcesTreeProvider implements vscode.TreeDataProvider<SourceNode> {
  private readonly changed = new vscode.EventEmitter<SourceNode | undefined>()
  readonly onDidChangeTreeData = this.changed.event
  private readonly view = vscode.window.createTreeView(SOURCES_VIEW_ID, {treeDataProvider: this, showCollapseAll: true})
  private document: vscode.TextDocument | undefined

  constructor(private readonly cache: AnalysisCache) {}

  /** Shows the given document's sources (undefined: no article is active). */
  show(document: vscode.TextDocument | undefined): void {
    this.document = document
    // Without an article the view's welcome content explains what to do; this is the empty article.
    const analysis = this.analysis()
    const empty = analysis && analysis.sources.length === 0 && figuresWithoutNamedSource(analysis).length === 0
    this.view.message = empty
      ? vscode.l10n.t('This article names no sources and has no figures without one.')
      : undefined
    this.changed.fire(undefined)
  }

  /** Whether a refresh for this document concerns the view. */
  isShowing(document: vscode.TextDocument): boolean {
    return this.document?.uri.toString() === document.uri.toString()
  }

  private analysis(): Analysis | undefined {
    return this.document && !this.document.isClosed ? this.cache.analysis(this.document) : undefined
  }

  getChildren(node?: SourceNode): SourceNode[] {
    const analysis = this.analysis()
    if (!analysis) return []
    if (!node) {
      const roots: SourceNode[] = analysis.sources.map((source) => ({kind: 'source', source}))
      const unsourced = figuresWithoutNamedSource(analysis)
      return unsourced.length > 0 ? [...roots, {kind: 'unsourced', figures: unsourced}] : roots
    }
    switch (node.kind) {
      case 'source': {
        // Claims, and figures that reach the source without a claim of their own (echoes).
        const claims: SourceNode[] = claimsOf(analysis, node.source.id).map((claim) => ({kind: 'claim', claim}))
        const loose: SourceNode[] = figuresOf(analysis, node.source.id)
          .filter((figure) => figure.claim === null)
          .map((figure) => ({kind: 'figure', figure}))
        return [...claims, ...loose].sort((a, b) => spanOf(a).start - spanOf(b).start)
      }
      case 'claim':
        return analysis.figures
          .filter((figure) => node.claim.figures.includes(figure.id))
          .map((figure) => ({kind: 'figure', figure}))
      case 'unsourced':
        return node.figures.map((figure) => ({kind: 'figure', figure}))
      case 'figure':
        return []
    }
  }

  getTreeItem(node: SourceNode): vscode.TreeItem {
    const document = this.document
    const text = document?.getText() ?? ''
    const item = new vscode.TreeItem('')
    switch (node.kind) {
      case 'source': {
        const analysis = this.analysis()
        const count = analysis ? claimsOf(analysis, node.source.id).length : 0
        item.label = node.source.name
        const claims = count === 1 ? vscode.l10n.t('1 claim') : vscode.l10n.t('{0} claims', count)
        item.description = `${sourceTypeLabel(node.source.type)} · ${claims}`
        item.tooltip = node.source.aliases.join(' · ')
        item.iconPath = new vscode.ThemeIcon(node.source.type === 'person' ? 'person' : 'organization')
        item.collapsibleState = vscode.TreeItemCollapsibleState.Collapsed
        break
      }
      case 'claim':
        item.label = excerpt(text, node.claim, 70)
        item.description = claimKindLabel(node.claim.kind)
        item.iconPath = new vscode.ThemeIcon('quote')
        item.collapsibleState =
          node.claim.figures.length > 0
            ? vscode.TreeItemCollapsibleState.Collapsed
            : vscode.TreeItemCollapsibleState.None
        break
      case 'figure':
        item.label = excerpt(text, node.figure, 50)
        item.description = figureStatusLabel(node.figure)
        item.iconPath = new vscode.ThemeIcon(node.figure.status === 'named' ? 'symbol-number' : 'warning')
        break
      case 'unsourced':
        item.label = vscode.l10n.t('Without a named source')
        item.description = String(node.figures.length)
        item.iconPath = new vscode.ThemeIcon('warning')
        item.collapsibleState = vscode.TreeItemCollapsibleState.Expanded
        return item
    }
    const span = node.kind === 'source' ? node.source.mentions[0] : spanOf(node)
    if (document && span) {
      item.command = {
        command: REVEAL_COMMAND,
        title: vscode.l10n.t('Reveal'),
        arguments: [document.uri, span.start, span.end]
      }
    }
    return item
  }

  dispose(): void {
    this.view.dispose()
    this.changed.dispose()
  }
}

function spanOf(node: SourceNode): Span {
  switch (node.kind) {
    case 'source':
      return node.source.mentions[0] ?? {start: 0, end: 0}
    case 'claim':
      return node.claim
    case 'figure':
      return node.figure
    case 'unsourced':
      return node.figures[0] ?? {start: 0, end: 0}
  }
}
