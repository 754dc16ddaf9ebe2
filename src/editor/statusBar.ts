// The status bar item for the active article: counts, or why it is not analysed. It
// also sets the `sourced.fileState` context key that picks the enable or disable command.
import * as vscode from 'vscode'
import type {AnalysisCache} from './analysisCache.js'
import {readSettings} from './configuration.js'
import {SWITCHABLE_LANGUAGES} from './enablement.js'
import {unattributedFigures} from './lookup.js'

export const SHOW_LOG_COMMAND = 'sourced.showLog'

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('sourced.status', vscode.StatusBarAlignment.Right, 100)
  private visible = false

  constructor(private readonly cache: AnalysisCache) {
    this.item.name = vscode.l10n.t('Sourced')
  }

  /** The text shown now, or undefined when hidden (for tests). */
  get text(): string | undefined {
    return this.visible ? this.item.text : undefined
  }

  update(editor: vscode.TextEditor | undefined): void {
    const document = editor?.document
    const result = document ? this.cache.get(document) : undefined
    void vscode.commands.executeCommand('setContext', 'sourced.fileState', result?.status ?? 'unsupported')
    if (!document || !result) {
      this.hide()
      return
    }
    const item = this.item
    item.backgroundColor = undefined
    switch (result.status) {
      case 'analysed': {
        const unattributed = unattributedFigures(result.analysis).length
        const sources = result.analysis.sources.length
        item.text = `$(quote) ${vscode.l10n.t('{0} unattributed · {1} sources', unattributed, sources)}`
        item.tooltip = vscode.l10n.t('Sourced: go to the next figure without a source')
        item.command = 'sourced.nextUnattributed'
        // Under `sourced.run: manual` a click checks the article: nothing else would.
        if (readSettings(document).run === 'manual') {
          item.tooltip = vscode.l10n.t('Sourced checks this article only on request. Click to check it now.')
          item.command = 'sourced.checkNow'
        }
        break
      }
      case 'off':
        if (!SWITCHABLE_LANGUAGES.includes(document.languageId)) {
          this.hide()
          return
        }
        item.text = `$(circle-slash) ${vscode.l10n.t('Sourced off')}`
        item.tooltip = vscode.l10n.t('Sourced does not analyse this file. Click to analyse it.')
        item.command = 'sourced.enableForFile'
        break
      case 'too-large':
        item.text = `$(warning) ${vscode.l10n.t('Sourced: file too large')}`
        item.tooltip = vscode.l10n.t(
          'Skipped: this file is larger than the limit of {0} KB (setting sourced.maxFileSize).',
          readSettings(document).maxFileSizeBytes / 1024
        )
        item.command = {command: 'workbench.action.openSettings', title: '', arguments: ['sourced.maxFileSize']}
        break
      case 'failed':
        item.text = `$(error) ${vscode.l10n.t('Sourced: analysis failed')}`
        item.tooltip = vscode.l10n.t('The analysis of this file failed. Click to see the Sourced output.')
        item.command = SHOW_LOG_COMMAND
        item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground')
        break
      case 'binary':
      case 'unsupported':
        this.hide()
        return
    }
    this.visible = true
    item.show()
  }

  private hide(): void {
    this.visible = false
    this.item.hide()
  }

  dispose(): void {
    this.item.dispose()
  }
}
