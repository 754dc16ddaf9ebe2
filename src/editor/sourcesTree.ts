// The Sources view: for the article in the active editor, each source with its claims
// and figures, then the figures with no source and those with a vague one. A click
// reveals the place; the context menu shows it in the report or copies it.
import * as vscode from 'vscode'
import type {Analysis, Claim, Figure, Severity, Source, Span} from '../core/index.js'
import type {AnalysisCache} from './analysisCache.js'
import {claimKindLabel, countLabel, figureStatusLabel, sourceTypeLabel} from './labels.js'
import {claimsOf, excerpt, figuresOf, figuresWithoutNamedSource, sourceById} from './lookup.js'

export const REVEAL_COMMAND = 'sourced.reveal'
export const REVEAL_IN_REPORT_COMMAND = 'sourced.revealInReport'
export const COPY_ITEM_COMMAND = 'sourced.copyItem'

/** A group of figures that still need work: no source at all, or only a vague one. */
export type FigureGroup = 'none' | 'vague'

export type SourceNode =
  | {kind: 'source'; source: Source}
  | {kind: 'claim'; claim: Claim}
  | {kind: 'figure'; figure: Figure}
  | {kind: 'group'; group: FigureGroup; figures: Figure[]}

/** Icon and theme colour per severity, as the Problems panel draws them. */
const SEVERITY_ICON: Record<Severity, {icon: string; color: string}> = {
  error: {icon: 'error', color: 'problemsErrorIcon.foreground'},
  warning: {icon: 'warning', color: 'problemsWarningIcon.foreground'},
  information: {icon: 'info', color: 'problemsInfoIcon.foreground'},
  hint: {icon: 'lightbulb', color: 'problemsInfoIcon.foreground'}
}
const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'information', 'hint']

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
      for (const group of ['none', 'vague'] as const) {
        const figures = figuresWithoutNamedSource(analysis).filter((figure) => figure.status === group)
        if (figures.length > 0) roots.push({kind: 'group', group, figures})
      }
      return roots
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
      case 'group':
        return node.figures.map((figure) => ({kind: 'figure', figure}))
      case 'figure':
        return []
    }
  }

  getTreeItem(node: SourceNode): vscode.TreeItem {
    const document = this.document
    const text = document?.getText() ?? ''
    const analysis = this.analysis()
    const item = new vscode.TreeItem('')
    switch (node.kind) {
      case 'source': {
        const count = analysis ? claimsOf(analysis, node.source.id).length : 0
        // The label is the full name; VS Code shortens it to the view's width, the tooltip never.
        item.label = node.source.name
        const claims = countLabel('claims', count)
        item.description = `${sourceTypeLabel(node.source.type)} · ${claims}`
        item.tooltip = sourceTooltip(node.source)
        item.iconPath = new vscode.ThemeIcon(node.source.type === 'person' ? 'person' : 'organization')
        item.collapsibleState = vscode.TreeItemCollapsibleState.Collapsed
        break
      }
      case 'claim':
        item.label = excerpt(text, node.claim, 70)
        item.description = claimKindLabel(node.claim.kind)
        item.tooltip = excerpt(text, node.claim, 2000)
        item.iconPath = new vscode.ThemeIcon('quote')
        item.collapsibleState =
          node.claim.figures.length > 0
            ? vscode.TreeItemCollapsibleState.Collapsed
            : vscode.TreeItemCollapsibleState.None
        break
      case 'figure': {
        item.label = excerpt(text, node.figure, 50)
        item.description = figureStatusLabel(node.figure)
        const source = analysis && node.figure.source !== null ? sourceById(analysis, node.figure.source) : undefined
        item.tooltip = source ? `${node.figure.text} ← ${source.name}` : node.figure.text
        item.iconPath = figureIcon(analysis, [node.figure])
        break
      }
      case 'group':
        item.label = node.group === 'none' ? vscode.l10n.t('No source') : vscode.l10n.t('Vague source')
        item.description = String(node.figures.length)
        item.tooltip =
          node.group === 'none'
            ? vscode.l10n.t('Figures that no source is named for')
            : vscode.l10n.t('Figures whose source is not named (officials, experts)')
        item.iconPath = figureIcon(analysis, node.figures)
        item.contextValue = 'sourced.group'
        item.collapsibleState = vscode.TreeItemCollapsibleState.Expanded
        return item
    }
    item.contextValue = `sourced.${node.kind}`
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

  /**
   * The context menu's commands; they take the node the menu was opened on, else the
   * view's selection. `showInReport` opens the report with that place focused.
   */
  registerCommands(showInReport: (document: vscode.TextDocument, place: Span) => void): vscode.Disposable[] {
    const target = (node?: SourceNode) => node ?? this.view.selection[0]
    return [
      vscode.commands.registerCommand(REVEAL_IN_REPORT_COMMAND, (node?: SourceNode) => {
        const chosen = target(node)
        if (chosen && this.document) showInReport(this.document, spanOf(chosen))
      }),
      vscode.commands.registerCommand(COPY_ITEM_COMMAND, async (node?: SourceNode) => {
        const chosen = target(node)
        if (chosen) await vscode.env.clipboard.writeText(this.copyText(chosen))
      })
    ]
  }

  /** What Copy puts on the clipboard: the full name, claim or figure, never the shortened label. */
  copyText(node: SourceNode): string {
    const text = this.document?.getText() ?? ''
    switch (node.kind) {
      case 'source':
        return node.source.name
      case 'claim':
        return excerpt(text, node.claim, Number.MAX_SAFE_INTEGER)
      case 'figure':
        return node.figure.text
      case 'group':
        return node.figures.map((figure) => figure.text).join('\n')
    }
  }

  dispose(): void {
    this.view.dispose()
    this.changed.dispose()
  }
}

function sourceTooltip(source: Source): vscode.MarkdownString {
  // appendText would turn spaces into no-break spaces, and a long list of names would not wrap.
  const lines = [`**${markdownText(source.name)}** — ${markdownText(sourceTypeLabel(source.type))}`]
  if (source.role) lines.push(markdownText(source.role))
  const aliases = source.aliases.filter((alias) => alias !== source.name)
  if (aliases.length > 0) lines.push(markdownText(vscode.l10n.t('Also called: {0}', aliases.join(', '))))
  return new vscode.MarkdownString(lines.join('\n\n'))
}

/** Article text as literal Markdown: every character Markdown could read as syntax escaped. */
function markdownText(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, '\\$&')
}

/** The icon of the most severe problem among the figures, coloured as in Problems; a plain number when none. */
function figureIcon(analysis: Analysis | undefined, figures: Figure[]): vscode.ThemeIcon {
  const ids = new Set(figures.map((figure) => figure.id))
  const severities = new Set(
    (analysis?.diagnostics ?? [])
      .filter((diagnostic) => diagnostic.figure !== null && ids.has(diagnostic.figure))
      .map((diagnostic) => diagnostic.severity)
  )
  const severity = SEVERITY_ORDER.find((candidate) => severities.has(candidate))
  if (!severity) return new vscode.ThemeIcon('symbol-number')
  const {icon, color} = SEVERITY_ICON[severity]
  return new vscode.ThemeIcon(icon, new vscode.ThemeColor(color))
}

function spanOf(node: SourceNode): Span {
  switch (node.kind) {
    case 'source':
      return node.source.mentions[0] ?? {start: 0, end: 0}
    case 'claim':
      return node.claim
    case 'figure':
      return node.figure
    case 'group':
      return node.figures[0] ?? {start: 0, end: 0}
  }
}
