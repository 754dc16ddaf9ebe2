// `← NIS` after attributed figures, so a reader of the draft sees who said it: by default
// once per source in a sentence, never inside a quotation (hintPlaces.ts decides where).
import * as vscode from 'vscode'
import type {AnalysisCache} from './analysisCache.js'
import {readSettings} from './configuration.js'
import {hintPlaces} from './hintPlaces.js'
import {viaLabel} from './labels.js'

export class InlayHintsProvider implements vscode.InlayHintsProvider {
  private readonly changed = new vscode.EventEmitter<void>()
  readonly onDidChangeInlayHints = this.changed.event

  constructor(
    private readonly cache: AnalysisCache,
    /** Whether the last check saw this version; under `sourced.run` other than `onType`, hints wait for it. */
    private readonly isChecked: (document: vscode.TextDocument) => boolean
  ) {}

  /** Asks the editor to ask again, after an analysis or a setting changed. */
  refresh(): void {
    this.changed.fire()
  }

  provideInlayHints(document: vscode.TextDocument, range: vscode.Range): vscode.InlayHint[] {
    const settings = readSettings(document)
    if (settings.inlayHints === 'off') return []
    // Checked on save or on request: no hints from an analysis the writer did not ask for.
    if (settings.run !== 'onType' && !this.isChecked(document)) return []
    const analysis = this.cache.analysis(document)
    if (!analysis) return []
    const start = document.offsetAt(range.start)
    const end = document.offsetAt(range.end)
    return hintPlaces(analysis, document.getText(), settings.inlayHints)
      .filter((place) => start <= place.offset && place.offset <= end)
      .map(({offset, source, figure, label}) => {
        const hint = new vscode.InlayHint(document.positionAt(offset), `← ${label}`)
        hint.paddingLeft = true
        hint.tooltip = figure.via ? `${source.name} · ${viaLabel(figure.via)}` : source.name
        return hint
      })
  }

  dispose(): void {
    this.changed.dispose()
  }
}
