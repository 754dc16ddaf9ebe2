// Quick fixes for Sourced's diagnostics: insert an attribution snippet; or ignore without
// touching the text (the figure in the workspace, the rule in this file or the workspace);
// or, where the file type hides it, an ignore marker; and open the report from the
// problem that stands for those past the limit.
import * as vscode from 'vscode'
import {ruleIds, type Diagnostic as EngineDiagnostic, type Figure, type RuleId} from '../core/index.js'
import {editorFor} from './activeArticle.js'
import type {AnalysisCache} from './analysisCache.js'
import {attributionOffset, attributionSnippets, hiddenIgnoreMarkerFor, snippetPreview} from './attribution.js'
import {SECTION} from './configuration.js'
import {DIAGNOSTIC_SOURCE, MORE_PROBLEMS_CODE} from './diagnostics.js'
import type {Enablement} from './enablement.js'

export const INSERT_ATTRIBUTION_COMMAND = 'sourced.insertAttribution'
/** Internal commands the quick fixes run (arguments as in `registerQuickFixCommands`). */
export const IGNORE_FIGURE_COMMAND = 'sourced.internal.ignoreFigureInWorkspace'
export const DISABLE_RULE_FOR_FILE_COMMAND = 'sourced.internal.disableRuleForFile'
export const DISABLE_RULE_IN_WORKSPACE_COMMAND = 'sourced.internal.disableRuleInWorkspace'
const SHOW_REPORT_COMMAND = 'sourced.showReport'

export class CodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix]
  }

  constructor(private readonly cache: AnalysisCache) {}

  provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext
  ): vscode.CodeAction[] {
    const analysis = this.cache.analysis(document)
    if (!analysis) return []
    const text = document.getText()
    const actions: vscode.CodeAction[] = []
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue
      if (codeOf(diagnostic) === MORE_PROBLEMS_CODE) {
        actions.push(commandAction(vscode.l10n.t('Show Source Report'), diagnostic, SHOW_REPORT_COMMAND, []))
        continue
      }
      const message = engineMessage(analysis.diagnostics, document, diagnostic)
      if (!message) continue
      const figure = analysis.figures.find((candidate) => candidate.id === message.figure)
      if (figure && message.ruleId !== 'hedge-without-source') {
        const offset = attributionOffset(analysis, text, figure)
        for (const snippet of attributionSnippets(analysis.language, message)) {
          const title = vscode.l10n.t('Add attribution "{0}"', snippetPreview(snippet).trim())
          const action = commandAction(title, diagnostic, INSERT_ATTRIBUTION_COMMAND, [document.uri, offset, snippet])
          action.isPreferred = actions.length === 0
          actions.push(action)
        }
      }
      actions.push(...ignoreActions(document, diagnostic, message.ruleId, figure))
    }
    return actions
  }
}

/** The ways to silence one problem; only the marker changes the article, and only where it does not show. */
function ignoreActions(
  document: vscode.TextDocument,
  diagnostic: vscode.Diagnostic,
  rule: RuleId,
  figure: Figure | undefined
): vscode.CodeAction[] {
  const actions: vscode.CodeAction[] = []
  if (figure) {
    const title = vscode.l10n.t('Ignore "{0}" in the workspace', figure.text)
    actions.push(commandAction(title, diagnostic, IGNORE_FIGURE_COMMAND, [figure.text, document.uri]))
  }
  actions.push(
    commandAction(vscode.l10n.t('Disable rule {0} in this file', rule), diagnostic, DISABLE_RULE_FOR_FILE_COMMAND, [
      document.uri,
      rule
    ]),
    commandAction(
      vscode.l10n.t('Disable rule {0} in the workspace', rule),
      diagnostic,
      DISABLE_RULE_IN_WORKSPACE_COMMAND,
      [rule, document.uri]
    )
  )
  const marker = hiddenIgnoreMarkerFor(document.languageId)
  if (figure && marker !== undefined) {
    const action = new vscode.CodeAction(
      vscode.l10n.t('Ignore figures on this line ({0})', marker),
      vscode.CodeActionKind.QuickFix
    )
    action.diagnostics = [diagnostic]
    action.edit = new vscode.WorkspaceEdit()
    action.edit.insert(document.uri, document.lineAt(document.positionAt(figure.start).line).range.end, ` ${marker}`)
    actions.push(action)
  }
  return actions
}

function commandAction(
  title: string,
  diagnostic: vscode.Diagnostic,
  command: string,
  args: unknown[]
): vscode.CodeAction {
  const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix)
  action.diagnostics = [diagnostic]
  action.command = {command, title, arguments: args}
  return action
}

function codeOf(diagnostic: vscode.Diagnostic): string | number | undefined {
  return typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code
}

/** The engine message a VS Code diagnostic came from: same rule, same place. */
function engineMessage(
  messages: EngineDiagnostic[],
  document: vscode.TextDocument,
  diagnostic: vscode.Diagnostic
): EngineDiagnostic | undefined {
  const rule = codeOf(diagnostic)
  const start = document.offsetAt(diagnostic.range.start)
  const end = document.offsetAt(diagnostic.range.end)
  return messages.find((message) => message.ruleId === rule && message.start === start && message.end === end)
}

/** Inserts the snippet in the file's editor (opening it if needed), so the placeholder is selected for typing. */
export async function insertAttribution(uri: vscode.Uri, offset: number, snippet: string): Promise<void> {
  const editor = await editorFor(uri)
  await editor.insertSnippet(new vscode.SnippetString(snippet), editor.document.positionAt(offset))
}

/**
 * The workspace's settings when a folder is open, else the user's (a lone file has no
 * workspace settings); read and written at the file's scope, for multi-root workspaces.
 */
function settingsTarget(): vscode.ConfigurationTarget {
  return vscode.workspace.workspaceFolders ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global
}

function valueAt<T>(inspected: {workspaceValue?: T; globalValue?: T} | undefined): T | undefined {
  return settingsTarget() === vscode.ConfigurationTarget.Workspace ? inspected?.workspaceValue : inspected?.globalValue
}

/** Adds the figure's exact text to `sourced.ignoredFigures`; the article is not touched. */
export async function ignoreFigureInWorkspace(figureText: string, scope?: vscode.Uri): Promise<void> {
  const config = vscode.workspace.getConfiguration(SECTION, scope)
  const current = valueAt(config.inspect<unknown>('ignoredFigures'))
  const list = Array.isArray(current) ? current.filter((item): item is string => typeof item === 'string') : []
  if (list.includes(figureText)) return
  await config.update('ignoredFigures', [...list, figureText], settingsTarget())
}

/** Sets the rule to `off` in `sourced.severity`, keeping the other rules' values. */
export async function disableRuleInWorkspace(rule: string, scope?: vscode.Uri): Promise<void> {
  if (!isRuleId(rule)) return
  const config = vscode.workspace.getConfiguration(SECTION, scope)
  const current = valueAt(config.inspect<unknown>('severity'))
  const severities = typeof current === 'object' && current !== null ? current : {}
  await config.update('severity', {...severities, [rule]: 'off'}, settingsTarget())
}

/** Switches the rule off for one file, remembered per workspace like `sourced.disableForFile`. */
export async function disableRuleForFile(enablement: Enablement, uri: vscode.Uri, rule: string): Promise<void> {
  if (isRuleId(rule)) await enablement.disableRule(uri, rule)
}

function isRuleId(value: string): value is RuleId {
  return (ruleIds as readonly string[]).includes(value)
}
