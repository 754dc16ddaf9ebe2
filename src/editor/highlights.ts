// Document highlights: every mention of the source under the cursor (or of the source
// of the figure or claim under it).
import * as vscode from 'vscode'
import type {AnalysisCache} from './analysisCache.js'
import {sourceOfTarget, targetAt} from './lookup.js'
import {spanRange} from './positions.js'

export class HighlightProvider implements vscode.DocumentHighlightProvider {
  constructor(private readonly cache: AnalysisCache) {}

  provideDocumentHighlights(document: vscode.TextDocument, position: vscode.Position): vscode.DocumentHighlight[] {
    const analysis = this.cache.analysis(document)
    const target = analysis && targetAt(analysis, document.offsetAt(position))
    const source = analysis && target ? sourceOfTarget(analysis, target) : undefined
    return (source?.mentions ?? []).map(
      (mention) =>
        new vscode.DocumentHighlight(
          spanRange(document, mention),
          vscode.DocumentHighlightKind.Read
        )
    )
  }
}
