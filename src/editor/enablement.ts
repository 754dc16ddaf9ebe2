// Decides which documents Sourced analyses: the languages the settings enable, plus
// the files a writer switched on or off by hand (kept per workspace).
import * as vscode from 'vscode'
import type {RuleId} from '../core/index.js'
import {readSettings} from './configuration.js'

/** `on`: analysed; `off`: could be switched on; `unsupported`: never (another scheme, e.g. the Chat input). */
export type FileState = 'on' | 'off' | 'unsupported'

/** Languages whose files Sourced offers to switch on from the status bar. */
export const SWITCHABLE_LANGUAGES: readonly string[] = ['news', 'plaintext', 'markdown']

// Only real files and new, unsaved ones: output panes, the Chat input and settings are text documents too.
// In the browser the files are remote (code-server, Codespaces) or virtual (vscode.dev, github.dev).
export const ANALYSED_SCHEMES: readonly string[] = ['file', 'untitled', 'vscode-remote', 'vscode-vfs']
const OVERRIDES_KEY = 'sourced.fileOverrides'
const DISABLED_RULES_KEY = 'sourced.disabledRules'

export function isAnalysableScheme(uri: vscode.Uri): boolean {
  return ANALYSED_SCHEMES.includes(uri.scheme)
}

export class Enablement implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>()
  /** Fires with the file whose switch changed. */
  readonly onDidChange = this.changed.event

  constructor(private readonly memento: vscode.Memento) {}

  state(document: vscode.TextDocument): FileState {
    if (!isAnalysableScheme(document.uri)) return 'unsupported'
    const override = this.overrides()[document.uri.toString()]
    if (override !== undefined) return override ? 'on' : 'off'
    return readSettings(document).enabledLanguages.includes(document.languageId) ? 'on' : 'off'
  }

  /** Whether a file on disk that is not open would be analysed (for the workspace check). */
  isOnForFile(uri: vscode.Uri, languageId: string, enabledLanguages: readonly string[]): boolean {
    const override = this.overrides()[uri.toString()]
    return override ?? enabledLanguages.includes(languageId)
  }

  async setForFile(uri: vscode.Uri, enabled: boolean): Promise<void> {
    await this.memento.update(OVERRIDES_KEY, {...this.overrides(), [uri.toString()]: enabled})
    this.changed.fire(uri)
  }

  /** The rules switched off for this one file (the quick fix "Disable rule … in this file"). */
  disabledRules(uri: vscode.Uri): RuleId[] {
    return this.memento.get<Record<string, RuleId[]>>(DISABLED_RULES_KEY, {})[uri.toString()] ?? []
  }

  async disableRule(uri: vscode.Uri, rule: RuleId): Promise<void> {
    const all = this.memento.get<Record<string, RuleId[]>>(DISABLED_RULES_KEY, {})
    const rules = all[uri.toString()] ?? []
    if (rules.includes(rule)) return
    await this.memento.update(DISABLED_RULES_KEY, {...all, [uri.toString()]: [...rules, rule]})
    this.changed.fire(uri)
  }

  dispose(): void {
    this.changed.dispose()
  }

  private overrides(): Record<string, boolean> {
    return this.memento.get<Record<string, boolean>>(OVERRIDES_KEY, {})
  }
}
