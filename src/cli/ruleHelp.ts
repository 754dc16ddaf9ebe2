// What each rule checks, in words for reports that describe their rules (SARIF). The
// full text is each rule's page, shipped with the package (`rules[id].url`).
import type {RuleId} from '../core/index.js'

export interface RuleHelp {
  /** One line. */
  short: string
  /** A paragraph: what is flagged and how to fix it. */
  full: string
}

export const RULE_HELP: Record<RuleId, RuleHelp> = {
  'unattributed-figure': {
    short: 'A figure that the text attributes to no source.',
    full:
      'A number (a count, an amount, a percentage) that nothing in the text attributes: no reporting verb, ' +
      'no "laut" or "according to", no quotation with a named speaker, no continuation of reported speech, ' +
      'no echo of an attributed value. Name the source in the sentence, or mark the line with ' +
      '[sourced-ignore] (<!-- sourced-ignore --> in Markdown) when the newsroom established the figure itself.'
  },
  'vague-source': {
    short: 'A figure or claim whose source is given but not named.',
    full:
      'A figure or claim attributed to an unnamed source such as "Experten", "Kreise", "officials said" or ' +
      '"local media". Name the person, organisation or document when you can.'
  },
  'hedge-without-source': {
    short: 'A hedge (offenbar, reportedly) in a sentence that names no source.',
    full:
      'A hedging word such as "offenbar", "mutmaßlich", "angeblich", "reportedly" or "allegedly" in a sentence ' +
      'that names no source: the reader cannot tell who doubts or reports the claim. Name the source.'
  }
}
