// The engine's messages as VS Code diagnostics: linted on open, debounced on change (or
// on save, or by the command only: `sourced.run`), cleared on close, redone when settings
// or a file's switch change; never more than `sourced.maxProblems` for one file.
import * as vscode from 'vscode'
import type {Analysis, Diagnostic as EngineDiagnostic, Severity} from '../core/index.js'
import type {AnalysisCache} from './analysisCache.js'
import {affectsSourced, readSettings} from './configuration.js'
import {isAnalysableScheme, type Enablement} from './enablement.js'
import {problemMessage, relatedNote} from './labels.js'
import {conflictingFigures, excerpt, shortName, sourceById} from './lookup.js'
import {documentPositions, rangeOf, type PositionAt} from './positions.js'
import type {MessageLanguage} from './settings.js'

export const DIAGNOSTIC_SOURCE = 'Sourced'
/** The code of the one problem that stands for those past `sourced.maxProblems`. */
export const MORE_PROBLEMS_CODE = 'more-problems'
export const CHECK_NOW_COMMAND = 'sourced.checkNow'

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint
}

/**
 * Converts one analysis; `text` is the file's text, for the excerpts in related
 * information; `extensionUri` the extension's folder, where the rules' docs are;
 * `language` the `sourced.messageLanguage` setting.
 */
export function toDiagnostics(
  analysis: Analysis,
  text: string,
  uri: vscode.Uri,
  positionAt: PositionAt,
  extensionUri: vscode.Uri,
  language: MessageLanguage = 'ui'
): vscode.Diagnostic[] {
  const max = readSettings(uri).maxProblems
  const messages = analysis.diagnostics
  // Past the limit the last slot goes to a problem that says how many more there are.
  const shown = messages.length > max ? messages.slice(0, max - 1) : messages
  const diagnostics = shown.map((message) => {
    const reason = problemMessage(analysis, message, language)
    const diagnostic = new vscode.Diagnostic(rangeOf(positionAt, message), reason, SEVERITY[message.severity])
    diagnostic.source = DIAGNOSTIC_SOURCE
    diagnostic.code = {value: message.ruleId, target: ruleDocs(extensionUri, message.url)}
    diagnostic.relatedInformation = relatedInformation(analysis, message, text, uri, positionAt, language)
    return diagnostic
  })
  const dropped = messages.slice(shown.length)
  const first = dropped[0]
  if (first) diagnostics.push(moreProblems(dropped, rangeOf(positionAt, first), max, extensionUri))
  return diagnostics
}

/**
 * The problem at the first one not shown: how many more there are, as severe as the worst
 * of them (so a Problems filter keeps it). A diagnostic cannot hold a `command:` link, so
 * the text names the report and its quick fix opens it; the code links the setting's docs.
 */
function moreProblems(
  dropped: readonly EngineDiagnostic[],
  range: vscode.Range,
  max: number,
  extensionUri: vscode.Uri
): vscode.Diagnostic {
  const severity = Math.min(...dropped.map((message) => SEVERITY[message.severity]))
  const diagnostic = new vscode.Diagnostic(
    range,
    vscode.l10n.t(
      '{0} more problems are not shown (at most {1} per file, setting sourced.maxProblems). The source report lists every figure: Sourced: Show Source Report.',
      dropped.length,
      max
    ),
    severity
  )
  diagnostic.source = DIAGNOSTIC_SOURCE
  diagnostic.code = {value: MORE_PROBLEMS_CODE, target: ruleDocs(extensionUri, 'README.md#settings')}
  return diagnostic
}

/**
 * A rule's url is relative to the package (`docs/rules/vague-source.md`, a
 * `#section` allowed): the extension's own copy of that page, which opens offline.
 */
export function ruleDocs(extensionUri: vscode.Uri, url: string): vscode.Uri {
  const hash = url.indexOf('#')
  if (hash < 0) return vscode.Uri.joinPath(extensionUri, url)
  return vscode.Uri.joinPath(extensionUri, url.slice(0, hash)).with({fragment: url.slice(hash + 1)})
}

/** The engine's related spans, the source's first mention and any conflicting figure. */
function relatedInformation(
  analysis: Analysis,
  message: EngineDiagnostic,
  text: string,
  uri: vscode.Uri,
  positionAt: PositionAt,
  language: MessageLanguage
): vscode.DiagnosticRelatedInformation[] {
  const at = (span: {start: number; end: number}, note: string) =>
    new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, rangeOf(positionAt, span)), note)
  const related = message.related.map((span) => at(span, relatedNote(message, span.message, language)))
  const figure = analysis.figures.find((candidate) => candidate.id === message.figure)
  const claim = analysis.claims.find((candidate) => candidate.id === message.claim)
  const sourceId = figure?.source ?? claim?.source ?? null
  const source = sourceId === null ? undefined : sourceById(analysis, sourceId)
  const mention = source?.mentions[0]
  if (source && mention) related.push(at(mention, vscode.l10n.t('Source: {0}', source.name)))
  for (const other of figure ? conflictingFigures(analysis, figure) : []) {
    const otherSource = other.source === null ? undefined : sourceById(analysis, other.source)
    const note = otherSource
      ? vscode.l10n.t('Differs: {0} ({1})', excerpt(text, other), shortName(otherSource))
      : vscode.l10n.t('Differs: {0} (no source)', excerpt(text, other))
    related.push(at(other, note))
  }
  return related
}

export class DiagnosticsController implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('sourced')
  private readonly updated = new vscode.EventEmitter<vscode.TextDocument>()
  /** Fires after a document was (re-)linted or found skipped: views that show the analysis refresh. */
  readonly onDidUpdate = this.updated.event
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>()
  /** The document version each file's diagnostics were made from. */
  private readonly checked = new Map<string, number>()
  private readonly disposables: vscode.Disposable[] = []

  constructor(
    private readonly cache: AnalysisCache,
    enablement: Enablement,
    /** The extension's folder, where the rules' docs are. */
    readonly extensionUri: vscode.Uri
  ) {
    this.disposables.push(
      this.collection,
      this.updated,
      vscode.workspace.onDidOpenTextDocument((document) => {
        if (readSettings(document).run !== 'manual') this.lint(document)
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        const {document} = event
        if (event.contentChanges.length === 0 || !isAnalysableScheme(document.uri)) return
        if (readSettings(document).run === 'onType') this.schedule(document)
      }),
      vscode.workspace.onDidSaveTextDocument((document) => {
        if (readSettings(document).run === 'onSave') this.lint(document)
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (!affectsSourced(event)) return
        this.cache.clear()
        this.lintAll()
      }),
      enablement.onDidChange((uri) => {
        const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri.toString())
        if (!document) return
        this.cache.forget(uri)
        this.lint(document)
      })
    )
  }

  /** Lints every open document, except, under `run: manual`, those never checked. */
  lintAll(): void {
    for (const document of vscode.workspace.textDocuments) {
      if (readSettings(document).run !== 'manual' || this.checked.has(document.uri.toString())) this.lint(document)
    }
  }

  /** Whether the diagnostics show the document as it is now (under `run: onSave` or `manual` they may be older). */
  isCurrent(document: vscode.TextDocument): boolean {
    return this.checked.get(document.uri.toString()) === document.version
  }

  /** Lints now; a pending debounced lint of the same document is dropped as outdated. */
  lint(document: vscode.TextDocument): void {
    this.cancel(document.uri)
    if (document.isClosed) return
    const result = this.cache.get(document)
    if (result.status === 'unsupported') return
    if (result.status === 'analysed') {
      const diagnostics = toDiagnostics(
        result.analysis,
        document.getText(),
        document.uri,
        documentPositions(document),
        this.extensionUri,
        readSettings(document).messageLanguage
      )
      this.collection.set(document.uri, diagnostics)
      this.checked.set(document.uri.toString(), document.version)
    } else {
      // Switched off, skipped or failed: no stale diagnostics from an earlier version.
      this.collection.delete(document.uri)
      this.checked.delete(document.uri.toString())
    }
    this.updated.fire(document)
  }

  /** Lints after the configured pause in typing; each keystroke restarts the wait. */
  private schedule(document: vscode.TextDocument): void {
    this.cancel(document.uri)
    const delay = readSettings(document).debounceMs
    const version = document.version
    this.timers.set(
      document.uri.toString(),
      setTimeout(() => {
        this.timers.delete(document.uri.toString())
        if (document.version === version) this.lint(document)
      }, delay)
    )
  }

  private cancel(uri: vscode.Uri): void {
    const timer = this.timers.get(uri.toString())
    if (timer === undefined) return
    clearTimeout(timer)
    this.timers.delete(uri.toString())
  }

  private forget(document: vscode.TextDocument): void {
    this.cancel(document.uri)
    this.cache.forget(document.uri)
    this.collection.delete(document.uri)
    this.checked.delete(document.uri.toString())
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer)
    this.timers.clear()
    for (const disposable of this.disposables) disposable.dispose()
  }
}
