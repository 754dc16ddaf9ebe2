// The palette commands (all under "Sourced:") and the internal ones the views use.
import * as vscode from 'vscode'
import type {ActiveArticle} from './activeArticle.js'
import type {AnalysisCache} from './analysisCache.js'
import {
  DISABLE_RULE_FOR_FILE_COMMAND,
  DISABLE_RULE_IN_WORKSPACE_COMMAND,
  disableRuleForFile,
  disableRuleInWorkspace,
  IGNORE_FIGURE_COMMAND,
  ignoreFigureInWorkspace,
  INSERT_ATTRIBUTION_COMMAND,
  insertAttribution
} from './codeActions.js'
import {CHECK_NOW_COMMAND, type DiagnosticsController} from './diagnostics.js'
import type {Enablement} from './enablement.js'
import {SHOW_FIXES_COMMAND} from './hover.js'
import {deliverExport, renderExport, type ExportFormat} from './exporter.js'
import {unattributedFigures} from './lookup.js'
import {basename} from './portable.js'
import {spanRange} from './positions.js'
import type {ReportPanel} from './report.js'
import {buildReport} from './reportModel.js'
import {REVEAL_COMMAND} from './sourcesTree.js'
import {SHOW_LOG_COMMAND} from './statusBar.js'
import {checkWorkspace} from './workspaceCheck.js'

export interface CommandServices {
  cache: AnalysisCache
  enablement: Enablement
  article: ActiveArticle
  diagnostics: DiagnosticsController
  report: ReportPanel
  log: vscode.LogOutputChannel
}

export function registerCommands(services: CommandServices): vscode.Disposable[] {
  const {cache, enablement, article, diagnostics, report, log} = services
  const register = (id: string, run: (...args: never[]) => unknown) => vscode.commands.registerCommand(id, run)
  return [
    register('sourced.nextUnattributed', () => goToUnattributed(cache, article, 1)),
    register('sourced.previousUnattributed', () => goToUnattributed(cache, article, -1)),
    register('sourced.enableForFile', (uri?: vscode.Uri) => switchFile(enablement, article, uri, true)),
    register('sourced.disableForFile', (uri?: vscode.Uri) => switchFile(enablement, article, uri, false)),
    register('sourced.showReport', () => {
      const document = article.document()
      if (document) report.show(document)
      else void vscode.window.showInformationMessage(vscode.l10n.t('Open an article to see its source report.'))
    }),
    register('sourced.exportMarkdown', (target?: vscode.Uri) =>
      exportReport(cache, article.document(), 'markdown', target)
    ),
    register('sourced.exportJson', (target?: vscode.Uri) => exportReport(cache, article.document(), 'json', target)),
    register('sourced.checkWorkspace', () => checkWorkspace(cache, enablement, diagnostics)),
    register(REVEAL_COMMAND, (uri: vscode.Uri, start: number, end: number) => reveal(uri, start, end)),
    register(INSERT_ATTRIBUTION_COMMAND, (uri: vscode.Uri, offset: number, snippet: string) =>
      insertAttribution(uri, offset, snippet)
    ),
    register(SHOW_LOG_COMMAND, () => log.show()),
    register(SHOW_FIXES_COMMAND, (uri: vscode.Uri, start: number, end: number) => showFixes(uri, start, end)),
    register(CHECK_NOW_COMMAND, (uri?: vscode.Uri) => checkNow(diagnostics, article, uri)),
    register(IGNORE_FIGURE_COMMAND, (text: string, scope?: vscode.Uri) => ignoreFigureInWorkspace(text, scope)),
    register(DISABLE_RULE_FOR_FILE_COMMAND, (uri: vscode.Uri, rule: string) =>
      disableRuleForFile(enablement, uri, rule)
    ),
    register(DISABLE_RULE_IN_WORKSPACE_COMMAND, (rule: string, scope?: vscode.Uri) =>
      disableRuleInWorkspace(rule, scope)
    )
  ]
}

/** Selects the next (or previous) figure without a source after the cursor, wrapping around. */
async function goToUnattributed(
  cache: AnalysisCache,
  article: ActiveArticle,
  direction: 1 | -1
): Promise<vscode.Range | undefined> {
  const editor = await article.editor()
  const analysis = editor && cache.analysis(editor.document)
  if (!editor || !analysis) return undefined
  const figures = unattributedFigures(analysis)
  const cursor = editor.document.offsetAt(direction === 1 ? editor.selection.end : editor.selection.start)
  // The first after the cursor or the last before it, else wrapping round; none when there are none.
  const figure =
    direction === 1
      ? (figures.find((candidate) => candidate.start >= cursor) ?? figures[0])
      : ([...figures].reverse().find((candidate) => candidate.end <= cursor) ?? figures.at(-1))
  if (!figure) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Every figure in this article has a source.'))
    return undefined
  }
  const range = spanRange(editor.document, figure)
  editor.selection = new vscode.Selection(range.start, range.end)
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport)
  return range
}

/** Checks the article now, whatever `sourced.run` says (under `manual`, the only way). */
async function checkNow(diagnostics: DiagnosticsController, article: ActiveArticle, uri?: vscode.Uri): Promise<void> {
  const document = uri ? await vscode.workspace.openTextDocument(uri) : article.document()
  if (document) diagnostics.lint(document)
  else void vscode.window.showInformationMessage(vscode.l10n.t('Open an article to check it.'))
}

async function switchFile(
  enablement: Enablement,
  article: ActiveArticle,
  uri: vscode.Uri | undefined,
  enabled: boolean
): Promise<void> {
  const target = uri ?? article.document()?.uri
  if (target) await enablement.setForFile(target, enabled)
}

/** Exports the document's report to `target`, or into a new untitled editor. */
export async function exportReport(
  cache: AnalysisCache,
  document: vscode.TextDocument | undefined,
  format: ExportFormat,
  target?: vscode.Uri
): Promise<void> {
  const analysis = document && cache.analysis(document)
  if (!document || !analysis) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open an analysed article to export its source report.'))
    return
  }
  const name = basename(document.uri.path)
  const report = buildReport(analysis, document.getText(), name, (offset) => document.positionAt(offset).line)
  await deliverExport(renderExport(report, format), format, target)
}

/** Shows the document with the span selected (from the Sources view and the report). */
export async function reveal(uri: vscode.Uri, start: number, end: number): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uri)
  const range = spanRange(document, {start, end})
  const visible = vscode.window.visibleTextEditors.find((editor) => editor.document === document)
  await vscode.window.showTextDocument(document, {
    viewColumn: visible?.viewColumn,
    selection: range,
    preserveFocus: false
  })
}

/** Selects the span and opens its quick fixes (the hover's "Ignore…": every way to ignore a figure is one). */
async function showFixes(uri: vscode.Uri, start: number, end: number): Promise<void> {
  await reveal(uri, start, end)
  await vscode.commands.executeCommand('editor.action.quickFix')
}
