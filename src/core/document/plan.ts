// What the document pass needs of one paragraph that does not depend on where
// the paragraph stands or on its neighbours: its source phrases in text order,
// described; which phrase speaks each claim; the claims' text order; the claim
// that carries each figure. Worked out once per analysed paragraph and kept
// with it in the cache, so after an edit only the edited paragraph's plan is new.
import type {Lexicon} from '../lexicon/index.js'
import {must} from '../must.js'
import type {ParagraphResult} from '../paragraph.js'
import type {LocalClaim, SourceRef} from '../recognize/attribution.js'
import type {Span} from '../types.js'
import {isPlural} from '../recognize/figures.js'
import {describeRef, fingerprint, type Description} from './sources.js'

export interface ParagraphPlan {
  /** Claims' named speakers and sentence subjects, in text order, for the source merging and for pronouns. */
  refs: SourceRef[]
  described: Array<Description | null>
  /** One string for everything the merging reads of the paragraph's phrases; made when first asked for. */
  refsKey: () => string
  /** For each claim (by index in `result.claims`): the index of its speaker in `refs`, or -1. */
  claimRef: number[]
  /** Claim indices in text order (start, then the longer first); stable. */
  claimOrder: number[]
  /**
   * For each figure, the index of its carrier claim or -1: [0] when the quotes
   * that open the paragraph have nothing to continue (they are dropped), [1] when they do.
   */
  carriers: [number[], number[]]
  /** Sentence bounds, start and end in turn (perf: read without touching the sentences' token lists). */
  sentenceBounds: number[]
  /**
   * Starts of the claims' unnamed plural speakers (`Officials said`), which name no source and so are no `refs`:
   * a later `they` stands for them, not for a source named before them.
   */
  unnamedPlurals: number[]
}

export function planParagraph(result: ParagraphResult, lexicon: Lexicon): ParagraphPlan {
  // Claims' sources first, then subjects, so a stable sort keeps a claim's speaker before the same subject.
  // Perf: each phrase described once (describing is the costliest step here), kept with its entry.
  const entries: Array<{ref: SourceRef; claim: number; described: Description | null}> = []
  const claimDescribed: Array<Description | null> = []
  result.claims.forEach((claim, index) => {
    const described = claim.source ? describeRef(claim.source, lexicon) : null
    claimDescribed.push(described)
    // A vague phrase only when it may refer back to a source (`die Ermittler`): then it has a description.
    if (claim.source && (claim.source.kind !== 'vague' || described))
      entries.push({ref: claim.source, claim: index, described})
  })
  // A subject of one word (`Lierow`) counts only as a surname of someone named in full: flagged for the merging.
  for (const ref of result.subjects) {
    entries.push({ref, claim: -1, described: describeRef(ref, lexicon, ref.tokens.length === 1)})
  }
  entries.sort((a, b) => a.ref.start - b.ref.start)
  const refs = entries.map((entry) => entry.ref)
  const described = entries.map((entry) => entry.described)
  const claimRef = result.claims.map(() => -1)
  entries.forEach((entry, index) => {
    if (entry.claim >= 0) claimRef[entry.claim] = index
  })
  const claimOrder = result.claims.map((_, index) => index)
  const claimAt = (index: number) => must(result.claims[index], 'claimOrder indexes the claims')
  claimOrder.sort((a, b) => claimAt(a).start - claimAt(b).start || claimAt(b).end - claimAt(a).end)
  const hasInherited = result.claims.some((claim) => claim.inherit)
  const withInherited = carriersOf(result, true)
  return {
    refs,
    described,
    refsKey: once(() =>
      refs.map((ref, index) => fingerprint(ref, must(described[index], 'one description per ref'))).join('\u0000')
    ),
    claimRef,
    claimOrder,
    carriers: [hasInherited ? carriersOf(result, false) : withInherited, withInherited],
    sentenceBounds: sentenceBounds(result),
    unnamedPlurals: unnamedPlurals(result, claimDescribed, lexicon)
  }
}

/**
 * `Officials said`, `Anwohner berichteten`: vague claim speakers that are many, by a plural head noun or,
 * where verbs show their number, by the plural reporting verb they speak through. `claimDescribed`: each
 * claim's speaker described (by claim index), null where none.
 */
function unnamedPlurals(
  result: ParagraphResult,
  claimDescribed: ReadonlyArray<Description | null>,
  lexicon: Lexicon
): number[] {
  const starts: number[] = []
  for (const [index, claim] of result.claims.entries()) {
    const ref = claim.source
    const head = ref?.tokens.at(-1)
    if (ref?.kind !== 'vague' || !head || claimDescribed[index]) continue
    const verb = claim.cue.text.split(' ')[0] ?? ''
    // A lower-case cue is a verb (`berichteten`), not a noun (`Angaben`).
    const pluralVerb =
      claim.kind === 'indirect' &&
      verb.toUpperCase() !== verb &&
      verb.charAt(0) === verb.charAt(0).toLowerCase() &&
      lexicon.pluralVerbEndings.some((ending) => verb.endsWith(ending))
    if (isPlural(head.lower, lexicon) || pluralVerb) starts.push(ref.start)
  }
  return starts.sort((a, b) => a - b)
}

/** Perf: a fresh analysis never compares source phrases with an earlier one, so it never needs the key. */
function once(make: () => string): () => string {
  let value: string | undefined
  return () => (value ??= make())
}

function sentenceBounds(result: ParagraphResult): number[] {
  // Perf: a loop, not flatMap (which makes a pair array per sentence).
  const bounds: number[] = []
  for (const sentence of result.sentences) bounds.push(sentence.start, sentence.end)
  return bounds
}

function carriersOf(result: ParagraphResult, keepInherited: boolean): number[] {
  return result.figures.map((figure) => carrierOf(figure, result.claims, keepInherited))
}

/**
 * The claim that carries a figure: a quotation around it first, then the
 * narrowest claim that contains it, then the one whose cue is nearest; on a
 * tie the first. Perf: one pass, no filtered copies and no sort per figure.
 */
function carrierOf(figure: Span, claims: readonly LocalClaim[], keepInherited: boolean): number {
  let best = -1
  let bestQuoted = false
  let bestLength = 0
  let bestDistance = 0
  claims.forEach((claim, index) => {
    if ((!keepInherited && claim.inherit) || claim.start > figure.start || figure.end > claim.end) return
    const quoted = claim.kind === 'direct'
    const length = claim.end - claim.start
    const distance = Math.min(Math.abs(claim.cue.start - figure.end), Math.abs(figure.start - claim.cue.end))
    const better =
      best < 0 ||
      (quoted && !bestQuoted) ||
      (quoted === bestQuoted && (length < bestLength || (length === bestLength && distance < bestDistance)))
    if (!better) return
    best = index
    bestQuoted = quoted
    bestLength = length
    bestDistance = distance
  })
  return best
}
