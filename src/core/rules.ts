// The one table of the rules Sourced reports: ids, default severities and where each
// is explained. `RuleId` is made from it; a unit test holds package.json's
// `sourced.severity` setting to it.
import type {Severity} from './types.js'

export interface Rule {
  /** Used unless a setting says otherwise. */
  severity: Severity
  /** The rule's page, relative to the package's root: the editor opens the packaged file, the CLI names it. */
  url: string
}

export const rules = {
  'unattributed-figure': {severity: 'warning', url: 'docs/rules/unattributed-figure.md'},
  'vague-source': {severity: 'information', url: 'docs/rules/vague-source.md'},
  'hedge-without-source': {severity: 'information', url: 'docs/rules/hedge-without-source.md'}
} as const satisfies Record<string, Rule>

export type RuleId = keyof typeof rules

/** Every rule id, in the table's order. */
export const ruleIds = Object.keys(rules) as RuleId[]
