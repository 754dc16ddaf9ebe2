// One analysis per document version, shared by every provider. The engine's analyser
// caches per paragraph, so there is one analyser per set of effective options.
import * as vscode from 'vscode'
import {createAnalyser, type Analyser, type Analysis} from '../core/index.js'
import {maskMarkdownNonProse} from '../core/markdown.js'
import {analyseOptions, readSettings} from './configuration.js'
import type {Enablement, FileState} from './enablement.js'

/** Why a document has no analysis: switched off, not a file, over the size limit, binary, or the engine threw. */
export type SkipReason = Exclude<FileState, 'on'> | 'too-large' | 'binary' | 'failed'

export type DocumentAnalysis = {status: 'analysed'; analysis: Analysis} | {status: SkipReason}

/**
 * The engine does not throw on any text the fuzz tests can make, so the failure path
 * is reached by a marker the integration tests put into a document: set only by their
 * runner, through the extension host's environment; unset, nothing changes.
 */
const faultMarker = process.env.SOURCED_TEST_FAULT || undefined

export class AnalysisCache {
  private readonly results = new Map<string, {version: number; result: DocumentAnalysis}>()
  private readonly analysers = new Map<string, Analyser>()

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
    const settings = readSettings(uri)
    // A UTF-8 file has at least as many bytes as its text has UTF-16 units, so the cheap test comes first.
    if (text.length > settings.maxFileSizeBytes || Buffer.byteLength(text, 'utf8') > settings.maxFileSizeBytes) {
      return {status: 'too-large'}
    }
    if (text.includes('\0')) return {status: 'binary'}
    const options = analyseOptions(settings)
    const optionsKey = JSON.stringify(options)
    let analyser = this.analysers.get(optionsKey)
    if (!analyser) {
      analyser = createAnalyser(options)
      this.analysers.set(optionsKey, analyser)
    }
    try {
      if (faultMarker && text.includes(faultMarker)) throw new Error('fault injected by the integration tests (SOURCED_TEST_FAULT)')
      const prose = languageId === 'markdown' ? maskMarkdownNonProse(text) : text
      return {status: 'analysed', analysis: analyser.analyse(prose)}
    } catch (error) {
      this.log.error(`Could not analyse ${uri.toString(true)}:`, error instanceof Error ? error : String(error))
      return {status: 'failed'}
    }
  }

  forget(uri: vscode.Uri): void {
    this.results.delete(uri.toString())
  }

  /** After a settings change every analysis and analyser may be outdated. */
  clear(): void {
    this.results.clear()
    this.analysers.clear()
  }
}
