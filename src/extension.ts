// Wiring only: creates the services and registers one provider per feature.
// Every feature lives in src/editor/ and reads the one cached analysis per document version.
import * as vscode from 'vscode'
import type {Analysis} from './core/index.js'
import {ActiveArticle} from './editor/activeArticle.js'
import {AnalysisCache} from './editor/analysisCache.js'
import {CodeActionProvider} from './editor/codeActions.js'
import {exportReport, registerCommands, reveal} from './editor/commands.js'
import {DefinitionProvider} from './editor/definition.js'
import {DiagnosticsController} from './editor/diagnostics.js'
import {ANALYSED_SCHEMES, Enablement} from './editor/enablement.js'
import {HighlightProvider} from './editor/highlights.js'
import {HoverProvider} from './editor/hover.js'
import {InlayHintsProvider} from './editor/inlayHints.js'
import {ReferenceProvider} from './editor/references.js'
import {ReportPanel} from './editor/report.js'
import {SEMANTIC_TOKENS_LEGEND, SemanticTokensProvider} from './editor/semanticTokens.js'
import {SourcesTreeProvider} from './editor/sourcesTree.js'
import {StatusBar} from './editor/statusBar.js'
import {SymbolProvider} from './editor/symbols.js'

/**
 * What the extension hands to `vscode.extensions.getExtension('sourced.sourced-news').exports`,
 * for the integration tests.
 */
export interface SourcedApi {
  analysis(document: vscode.TextDocument): Analysis | undefined
  reportHtml(): string | undefined
  statusText(): string | undefined
  sourcesTree: SourcesTreeProvider
  /** Only when VS Code runs the extension's tests (`ExtensionMode.Test`). */
  test?: SourcedTestHooks
}

/** Seams for the integration tests, which production code never sets. */
export interface SourcedTestHooks {
  /** Runs `hook` before each analysis (undefined removes it); a hook that throws makes that analysis fail. */
  beforeAnalyse(hook: ((text: string) => void) | undefined): void
}

// Documents on disk and new, unsaved ones; which of them are analysed is the Enablement's call.
const ARTICLES: vscode.DocumentSelector = ANALYSED_SCHEMES.map((scheme) => ({scheme}))

export function activate(context: vscode.ExtensionContext): SourcedApi {
  const log = vscode.window.createOutputChannel('Sourced', {log: true})
  const enablement = new Enablement(context.workspaceState)
  const cache = new AnalysisCache(enablement, log)
  const diagnostics = new DiagnosticsController(cache, enablement, context.extensionUri)
  const article = new ActiveArticle()
  const statusBar = new StatusBar(cache)
  const sourcesTree = new SourcesTreeProvider(cache)
  const inlayHints = new InlayHintsProvider(cache, (document) => diagnostics.isCurrent(document))
  const semanticTokens = new SemanticTokensProvider(cache)
  const report = new ReportPanel(context.extensionUri, cache, (document, request) =>
    request.type === 'reveal'
      ? reveal(document.uri, request.start, request.end)
      : exportReport(cache, document, request.format)
  )

  const refreshViews = (updated?: vscode.TextDocument) => {
    statusBar.update(vscode.window.activeTextEditor)
    sourcesTree.show(article.document())
    inlayHints.refresh()
    if (updated) report.refresh(updated)
  }

  context.subscriptions.push(
    log,
    enablement,
    diagnostics,
    article,
    statusBar,
    sourcesTree,
    inlayHints,
    report,
    semanticTokens,
    vscode.languages.registerDocumentSemanticTokensProvider(ARTICLES, semanticTokens, SEMANTIC_TOKENS_LEGEND),
    ...sourcesTree.registerCommands((document, place) => report.show(document, place)),
    vscode.languages.registerHoverProvider(ARTICLES, new HoverProvider(cache)),
    vscode.languages.registerDefinitionProvider(ARTICLES, new DefinitionProvider(cache)),
    vscode.languages.registerReferenceProvider(ARTICLES, new ReferenceProvider(cache)),
    vscode.languages.registerDocumentHighlightProvider(ARTICLES, new HighlightProvider(cache)),
    vscode.languages.registerDocumentSymbolProvider(ARTICLES, new SymbolProvider(cache), {label: 'Sourced'}),
    vscode.languages.registerInlayHintsProvider(ARTICLES, inlayHints),
    vscode.languages.registerCodeActionsProvider(ARTICLES, new CodeActionProvider(cache), CodeActionProvider.metadata),
    ...registerCommands({cache, enablement, article, diagnostics, report, log}),
    diagnostics.onDidUpdate((document) => refreshViews(document)),
    vscode.window.onDidChangeActiveTextEditor(() => refreshViews())
  )

  diagnostics.lintAll()
  refreshViews()
  return {
    analysis: (document) => cache.analysis(document),
    reportHtml: () => report.html,
    statusText: () => statusBar.text,
    sourcesTree,
    ...(context.extensionMode === vscode.ExtensionMode.Test
      ? {test: {beforeAnalyse: (hook) => (cache.beforeAnalyse = hook)}}
      : {})
  }
}

export function deactivate(): void {}
