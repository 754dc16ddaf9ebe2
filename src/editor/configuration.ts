// Reads the `sourced.*` settings for one document (checked in settings.ts, which needs no vscode).
import * as vscode from 'vscode'
import {parseSettings, type SourcedSettings} from './settings.js'

export type {SourcedSettings} from './settings.js'

export const SECTION = 'sourced'

export function readSettings(scope?: vscode.ConfigurationScope): SourcedSettings {
  const config = vscode.workspace.getConfiguration(SECTION, scope)
  return parseSettings((key) => config.get<unknown>(key))
}

export function affectsSourced(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(SECTION)
}
