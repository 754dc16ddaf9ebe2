// One analysis per document version, shared by every provider. One engine analyser
// keeps the paragraph analyses across documents and settings.
import type * as vscode from 'vscode'
import {createArticleAnalyser, type Analysis} from '../core/index.js'
import {readSettings} from './configuration.js'
import type {Enablement, FileState} from './enablement.js'
import {analyseEditorText, type TextSkip} from './settings.js'

/** Why a document has no analysis: switched off, not a file, over the size limit, binary, or the engine threw. */
export type SkipReason = Exclude<FileState, 'on'> | TextSkip | 'failed'

export type DocumentAnalysis = {status: 'analysed'; analysis: Analysis} | {status: SkipReason}

export class AnalysisCache {
  private readonly results = new Map<string, {version: number; result: DocumentAnalysis}>()
  private analyser = createArticleAnalyser()
  /**
   * Runs before each analysis; the integration tests install one that throws, to reach
   * the failure path (the engine throws on no text the fuzz tests can make). Only the
   * test API that `activate` returns in test mode sets it.
   */
  beforeAnalyse: ((text: string) => void) | undefined

  constructor(
    private readonly enablement: Enablement,
    private readonly log: vscode.LogOutputChannel
  ) {}

  /** The analysis of the document as it is now; computed at most once per version. */
  get(document: vscode.TextDocument): DocumentAnalysis {
    const key = document.uri.toString()
    const cached = this.results.get(key)
    if (cached && cached.version === document.version) return cached.result
    const state = this.enablement.state(document)
    const result: DocumentAnalysis =
      state === 'on' ? this.analyseText(document.getText(), document.languageId, document.uri) : {status: state}
    this.results.set(key, {version: document.version, result})
    return result
  }

  /** The analysis, or undefined when the document is skipped. */
  analysis(document: vscode.TextDocument): Analysis | undefined {
    const result = this.get(document)
    return result.status === 'analysed' ? result.analysis : undefined
  }

  /** Analyses text that is not (or not necessarily) open in an editor, e.g. for the workspace check. */
  analyseText(text: string, languageId: string, uri: vscode.Uri): DocumentAnalysis {
    try {
      this.beforeAnalyse?.(text)
      const settings = readSettings(uri)
      // A rule the writer switched off for this file is off whatever the settings say.
      for (const rule of this.enablement.disabledRules(uri)) settings.severity[rule] = 'off'
      return analyseEditorText(this.analyser, text, {languageId, path: uri.path}, settings)
    } catch (error) {
      this.log.error(`Could not analyse ${uri.toString(true)}:`, error instanceof Error ? error : String(error))
      return {status: 'failed'}
    }
  }

  forget(uri: vscode.Uri): void {
    this.results.delete(uri.toString())
  }

  /** After a settings change every analysis may be outdated; the paragraphs kept for the old settings go too. */
  clear(): void {
    this.results.clear()
    this.analyser = createArticleAnalyser()
  }
}
