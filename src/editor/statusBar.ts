// The status bar item for the active article: counts, or why it is not analysed. It
// also sets the `sourced.fileState` context key that picks the enable or disable command.
import * as vscode from 'vscode'
import type {AnalysisCache} from './analysisCache.js'
import {readSettings} from './configuration.js'
import {articleCounts, type ArticleCounts} from './counts.js'
import {SWITCHABLE_LANGUAGES} from './enablement.js'
import {countLabel} from './labels.js'

export const SHOW_LOG_COMMAND = 'sourced.showLog'

/** The commands the tooltip links to, each with its title; no other command link in it runs. */
const TOOLTIP_COMMANDS = {
  'sourced.nextUnattributed': () => vscode.l10n.t('Next figure without a source'),
  'sourced.showReport': () => vscode.l10n.t('Show Source Report'),
  'sourced.checkWorkspace': () => vscode.l10n.t('Check all news files'),
  'sourced.disableForFile': () => vscode.l10n.t('Disable for this file')
}

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
        const counts = articleCounts(result.analysis)
        item.text = `$(quote) ${statusText(counts)}`
        item.tooltip = breakdown(counts)
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

/** `2 without a source · 3 sources`: what needs doing first, then what the article has. */
export function statusText(counts: ArticleCounts): string {
  return `${countLabel('unattributed', counts.unattributed)} · ${countLabel('sources', counts.sources)}`
}

/** The tooltip: every count with its name, then links to the main commands. */
function breakdown(counts: ArticleCounts): vscode.MarkdownString {
  const tooltip = new vscode.MarkdownString(undefined, true)
  tooltip.isTrusted = {enabledCommands: Object.keys(TOOLTIP_COMMANDS)}
  tooltip.supportHtml = false
  const figures: Array<[keyof ArticleCounts, string]> = [
    ['named', 'pass'],
    ['vague', 'question'],
    ['unattributed', 'warning'],
    ['ignored', 'eye-closed']
  ]
  tooltip.appendMarkdown(`**${vscode.l10n.t('Sourced')}**: ${countLabel('figures', counts.figures)}\n\n`)
  const lines = figures.map(([kind, icon]) => `- $(${icon}) ${countLabel(kind, counts[kind])}`)
  tooltip.appendMarkdown(`${lines.join('\n')}\n\n`)
  tooltip.appendMarkdown(`${countLabel('sources', counts.sources)} · ${countLabel('claims', counts.claims)}\n\n---\n\n`)
  const links = Object.entries(TOOLTIP_COMMANDS).map(([command, title]) => `[${title()}](command:${command})`)
  tooltip.appendMarkdown(links.join(' · '))
  return tooltip
}
