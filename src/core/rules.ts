// The rules Sourced reports, with their default severity and README section.
import type {RuleId, Severity} from './types.js'

export const readmeUrl = 'https://github.com/sourced-news/sourced#'

export interface Rule {
  id: RuleId
  severity: Severity
  /** Anchor of the rule's section in README.md. */
  url: string
}

export const rules: Record<RuleId, Rule> = {
  'unattributed-figure': {id: 'unattributed-figure', severity: 'warning', url: readmeUrl + 'unattributed-figure'},
  'vague-source': {id: 'vague-source', severity: 'information', url: readmeUrl + 'vague-source'},
  'hedge-without-source': {id: 'hedge-without-source', severity: 'information', url: readmeUrl + 'hedge-without-source'}
}
