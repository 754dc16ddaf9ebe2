// Find All References on a source (or anything attributed to it): every claim of that
// source, and its mentions when the declaration is included.
import * as vscode from 'vscode'
import type {Span} from '../core/index.js'
import type {AnalysisCache} from './analysisCache.js'
import {claimsOf, sourceOfTarget, targetAt} from './lookup.js'
import {spanRange} from './positions.js'

export class ReferenceProvider implements vscode.ReferenceProvider {
  constructor(private readonly cache: AnalysisCache) {}

  provideReferences(
    document: vscode.TextDocument,
    position: vscode.Position,
    context: vscode.ReferenceContext
  ): vscode.Location[] {
    const analysis = this.cache.analysis(document)
    const target = analysis && targetAt(analysis, document.offsetAt(position))
    const source = analysis && target ? sourceOfTarget(analysis, target) : undefined
    if (!analysis || !source) return []
    const spans: Span[] = [...(context.includeDeclaration ? source.mentions : []), ...claimsOf(analysis, source.id)]
    return spans
      .sort((a, b) => a.start - b.start)
      .map((span) => new vscode.Location(document.uri, spanRange(document, span)))
  }
}
