// Quick fixes for a figure's diagnostic: insert an attribution snippet, or mark the
// line with the ignore marker the engine honours.
import * as vscode from 'vscode'
import type {Diagnostic as EngineDiagnostic} from '../core/index.js'
import {editorFor} from './activeArticle.js'
import type {AnalysisCache} from './analysisCache.js'
import {attributionOffset, attributionSnippets, ignoreMarkerFor, snippetPreview} from './attribution.js'
import {DIAGNOSTIC_SOURCE} from './diagnostics.js'

export const INSERT_ATTRIBUTION_COMMAND = 'sourced.insertAttribution'

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
      const message = engineMessage(analysis.diagnostics, document, diagnostic)
      const figure = analysis.figures.find((candidate) => candidate.id === message?.figure)
      if (!message || !figure) continue
      if (message.ruleId !== 'hedge-without-source') {
        const offset = attributionOffset(analysis, text, figure)
        for (const snippet of attributionSnippets(analysis.language, message)) {
          const action = new vscode.CodeAction(
            vscode.l10n.t('Add attribution "{0}"', snippetPreview(snippet).trim()),
            vscode.CodeActionKind.QuickFix
          )
          action.diagnostics = [diagnostic]
          action.isPreferred = actions.length === 0
          action.command = {
            command: INSERT_ATTRIBUTION_COMMAND,
            title: action.title,
            arguments: [document.uri, offset, snippet]
          }
          actions.push(action)
        }
      }
      actions.push(ignoreAction(document, figure.start, diagnostic))
    }
    return actions
  }
}

/** The engine message a VS Code diagnostic came from: same rule, same place. */
function engineMessage(
  messages: EngineDiagnostic[],
  document: vscode.TextDocument,
  diagnostic: vscode.Diagnostic
): EngineDiagnostic | undefined {
  const rule = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code
  const start = document.offsetAt(diagnostic.range.start)
  const end = document.offsetAt(diagnostic.range.end)
  return messages.find((message) => message.ruleId === rule && message.start === start && message.end === end)
}

function ignoreAction(document: vscode.TextDocument, offset: number, diagnostic: vscode.Diagnostic): vscode.CodeAction {
  const marker = ignoreMarkerFor(document.languageId)
  const action = new vscode.CodeAction(
    vscode.l10n.t('Ignore figures on this line ({0})', marker),
    vscode.CodeActionKind.QuickFix
  )
  action.diagnostics = [diagnostic]
  action.edit = new vscode.WorkspaceEdit()
  action.edit.insert(document.uri, document.lineAt(document.positionAt(offset).line).range.end, ` ${marker}`)
  return action
}

/** Inserts the snippet in the file's editor (opening it if needed), so the placeholder is selected for typing. */
export async function insertAttribution(uri: vscode.Uri, offset: number, snippet: string): Promise<void> {
  const editor = await editorFor(uri)
  await editor.insertSnippet(new vscode.SnippetString(snippet), editor.document.positionAt(offset))
}
