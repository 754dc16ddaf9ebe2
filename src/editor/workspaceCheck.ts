// "Check all news files in the workspace": analyses every file of an enabled language,
// open or not, and puts the results in the Problems panel.
import * as vscode from 'vscode'
import type {AnalysisCache} from './analysisCache.js'
import {readSettings} from './configuration.js'
import {toDiagnostics, type DiagnosticsController} from './diagnostics.js'
import type {Enablement} from './enablement.js'
import {unattributedFigures} from './lookup.js'
import {positionsOf} from './positions.js'
import {LANGUAGE_EXTENSIONS as EXTENSIONS} from './settings.js'

export interface WorkspaceCheckSummary {
  files: number
  analysed: number
  skipped: number
  unattributed: number
  cancelled: boolean
}

export async function checkWorkspace(
  cache: AnalysisCache,
  enablement: Enablement,
  diagnostics: DiagnosticsController
): Promise<WorkspaceCheckSummary> {
  const {enabledLanguages} = readSettings()
  const languageOf = new Map<string, string>()
  for (const language of enabledLanguages)
    for (const extension of EXTENSIONS[language] ?? []) languageOf.set(extension, language)
  const summary: WorkspaceCheckSummary = {files: 0, analysed: 0, skipped: 0, unattributed: 0, cancelled: false}
  if (languageOf.size === 0) return summary
  const files = (
    await vscode.workspace.findFiles(`**/*.{${[...languageOf.keys()].join(',')}}`, undefined, 10_000)
  ).filter((uri) => !uri.path.includes('/node_modules/'))
  summary.files = files.length
  await vscode.window.withProgress(
    {
      location: vscode.ProgressLocation.Notification,
      title: vscode.l10n.t('Sourced: checking news files'),
      cancellable: true
    },
    async (progress, token) => {
      for (const [index, uri] of files.entries()) {
        if (token.isCancellationRequested) {
          summary.cancelled = true
          return
        }
        progress.report({message: vscode.workspace.asRelativePath(uri), increment: 100 / files.length})
        const language = languageOf.get(uri.path.slice(uri.path.lastIndexOf('.') + 1).toLowerCase()) ?? 'plaintext'
        const count = await checkFile(uri, language, cache, enablement, diagnostics)
        if (count === undefined) summary.skipped++
        else {
          summary.analysed++
          summary.unattributed += count
        }
        // Let the progress notification and the editor breathe between files.
        if (index % 10 === 9) await new Promise((resolve) => setTimeout(resolve, 0))
      }
    }
  )
  void vscode.window.showInformationMessage(
    vscode.l10n.t('Sourced checked {0} files: {1} figures without a source.', summary.analysed, summary.unattributed)
  )
  if (summary.unattributed > 0) void vscode.commands.executeCommand('workbench.actions.view.problems')
  return summary
}

/** The number of unattributed figures in the file, or undefined when it was skipped. */
async function checkFile(
  uri: vscode.Uri,
  languageId: string,
  cache: AnalysisCache,
  enablement: Enablement,
  diagnostics: DiagnosticsController
): Promise<number | undefined> {
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString())
  if (open) {
    diagnostics.lint(open)
    const analysis = cache.analysis(open)
    return analysis ? unattributedFigures(analysis).length : undefined
  }
  const settings = readSettings(uri)
  if (!enablement.isOnForFile(uri, languageId, settings.enabledLanguages)) return undefined
  const bytes = await vscode.workspace.fs.readFile(uri)
  if (bytes.byteLength > settings.maxFileSizeBytes) return undefined
  const text = new TextDecoder('utf-8').decode(bytes)
  const result = cache.analyseText(text, languageId, uri)
  if (result.status !== 'analysed') {
    diagnostics.collection.delete(uri)
    return undefined
  }
  diagnostics.collection.set(
    uri,
    toDiagnostics(result.analysis, text, uri, positionsOf(text), diagnostics.extensionUri, settings.messageLanguage)
  )
  return unattributedFigures(result.analysis).length
}
