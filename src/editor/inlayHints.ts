// `← NIS` after each attributed figure, so a reader of the draft sees who said it.
import * as vscode from 'vscode'
import type {AnalysisCache} from './analysisCache.js'
import {readSettings} from './configuration.js'
import {viaLabel} from './labels.js'
import {shortName, sourceById} from './lookup.js'

export class InlayHintsProvider implements vscode.InlayHintsProvider {
  private readonly changed = new vscode.EventEmitter<void>()
  readonly onDidChangeInlayHints = this.changed.event

  constructor(private readonly cache: AnalysisCache) {}

  /** Asks the editor to ask again, after an analysis or a setting changed. */
  refresh(): void {
    this.changed.fire()
  }

  provideInlayHints(document: vscode.TextDocument, range: vscode.Range): vscode.InlayHint[] {
    if (!readSettings(document).inlayHints) return []
    const analysis = this.cache.analysis(document)
    if (!analysis) return []
    const start = document.offsetAt(range.start)
    const end = document.offsetAt(range.end)
    const hints: vscode.InlayHint[] = []
    for (const figure of analysis.figures) {
      if (figure.status !== 'named' || figure.source === null || figure.end < start || figure.end > end) continue
      const source = sourceById(analysis, figure.source)
      if (!source) continue
      const hint = new vscode.InlayHint(document.positionAt(figure.end), `← ${shortName(source)}`)
      hint.paddingLeft = true
      hint.tooltip = figure.via ? `${source.name} · ${viaLabel(figure.via)}` : source.name
      hints.push(hint)
    }
    return hints
  }

  dispose(): void {
    this.changed.dispose()
  }
}
