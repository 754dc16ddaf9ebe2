// Go to Definition: from a figure, a claim or a mention to the source's first mention.
import * as vscode from 'vscode'
import type {AnalysisCache} from './analysisCache.js'
import {sourceOfTarget, targetAt} from './lookup.js'
import {spanRange} from './positions.js'

export class DefinitionProvider implements vscode.DefinitionProvider {
  constructor(private readonly cache: AnalysisCache) {}

  provideDefinition(document: vscode.TextDocument, position: vscode.Position): vscode.Location | undefined {
    const analysis = this.cache.analysis(document)
    const target = analysis && targetAt(analysis, document.offsetAt(position))
    const first = analysis && target ? sourceOfTarget(analysis, target)?.mentions[0] : undefined
    if (!first) return undefined
    return new vscode.Location(document.uri, spanRange(document, first))
  }
}
