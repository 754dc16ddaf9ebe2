// Semantic highlighting for articles, behind `sourced.highlight` (off by default, so the
// article keeps the calm grammar's look): figures, attribution cues and source mentions.
// The token types are contributed in package.json with super types (number, keyword,
// class), so every theme colours them without knowing Sourced.
import * as vscode from 'vscode'
import type {Analysis, Span} from '../core/index.js'
import type {AnalysisCache} from './analysisCache.js'
import {readSettings} from './configuration.js'
import {spanRange} from './positions.js'

const TOKEN_TYPES = ['figure', 'unsourcedFigure', 'attributionCue', 'newsSource'] as const
type TokenType = (typeof TOKEN_TYPES)[number]

export const SEMANTIC_TOKENS_LEGEND = new vscode.SemanticTokensLegend([...TOKEN_TYPES], [])

interface Token extends Span {
  type: TokenType
}

export class SemanticTokensProvider implements vscode.DocumentSemanticTokensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>()
  readonly onDidChangeSemanticTokens = this.changed.event
  // VS Code asks again on edits, not on settings changes: switching the setting must say so.
  private readonly subscription = vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration('sourced')) this.changed.fire()
  })

  constructor(private readonly cache: AnalysisCache) {}

  provideDocumentSemanticTokens(document: vscode.TextDocument): vscode.SemanticTokens {
    const builder = new vscode.SemanticTokensBuilder(SEMANTIC_TOKENS_LEGEND)
    const analysis = readSettings(document.uri).highlight ? this.cache.analysis(document) : undefined
    if (!analysis) return builder.build()
    for (const token of articleTokens(analysis, document.getText())) {
      // A token may not span lines; a figure broken across a line gets one token per line.
      const range = spanRange(document, token)
      for (let line = range.start.line; line <= range.end.line; line++) {
        const start = line === range.start.line ? range.start.character : 0
        const end = line === range.end.line ? range.end.character : document.lineAt(line).range.end.character
        if (end > start) builder.push(new vscode.Range(line, start, line, end), token.type)
      }
    }
    return builder.build()
  }

  dispose(): void {
    this.subscription.dispose()
    this.changed.dispose()
  }
}

/** Figures, cues with words in them (not bare quotation marks) and mentions, in text order, none overlapping. */
export function articleTokens(analysis: Analysis, text: string): Token[] {
  const tokens: Token[] = [
    ...analysis.figures.map((figure): Token => ({
      start: figure.start,
      end: figure.end,
      type: figure.status === 'none' && !figure.ignored ? 'unsourcedFigure' : 'figure'
    })),
    ...analysis.claims
      .filter((claim) => /\p{L}/u.test(text.slice(claim.cue.start, claim.cue.end)))
      .map((claim): Token => ({start: claim.cue.start, end: claim.cue.end, type: 'attributionCue'})),
    ...analysis.sources.flatMap((source) =>
      source.mentions.map((mention): Token => ({start: mention.start, end: mention.end, type: 'newsSource'}))
    )
  ].sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: Token[] = []
  for (const token of tokens) {
    const last = kept.at(-1)
    if (!last || token.start >= last.end) kept.push(token)
  }
  return kept
}
