// The document pass: from the paragraphs' own analyses (kept in the memory) to the
// article's. It merges sources, carries quotes across paragraphs, attributes
// figures and echoes, and makes each claim and figure once, with its id: the ids
// follow text order, which the paragraphs' plans already know.
import {detectLanguage, languageSample} from '../language.js'
import {lexiconFor} from '../lexicon/index.js'
import {blankIgnoreMarkers, ignoredLineRanges} from '../markers.js'
import {must} from '../must.js'
import {partitionPointOf} from '../search.js'
import type {AnalyseOptions, Analysis, Claim, Figure, Language, LexiconExtension, Mention, Span} from '../types.js'
import {attributeEchoes} from './echo.js'
import {placeParagraphs, type Memory, type PlacedParagraph} from './memory.js'
import type {SourceRef} from '../recognize/attribution.js'
import {placeSources} from './sources.js'

/**
 * The analysis of `raw` without diagnostics (`diagnostics: []`); `memory` keeps
 * what the next call may reuse.
 */
export function analyseDocument(raw: string, options: AnalyseOptions, memory: Memory): Analysis {
  const text = blankIgnoreMarkers(raw)
  const near = memory.nearest(text)
  const forced = options.language && options.language !== 'auto' ? options.language : null
  // Detection reads only the start of the text: unchanged there, the language is too.
  const detected = forced
    ? null
    : near?.seen.detected && near.prefix >= languageSample
      ? near.seen.detected
      : detectLanguage(text)
  const language: Language = forced ?? must(detected ?? undefined, 'a language is detected when none is forced')
  const lexicon = lexiconFor(language, mergeExtensions(options.lexicon?.all, options.lexicon?.[language]))
  const paragraphs = placeParagraphs(text, lexicon, near, memory.paragraphOf)
  memory.remember({text, detected, lexicon, paragraphs})

  // Every source phrase of the article, in text order: the first of each paragraph's is at refBase[p].
  const refBase: number[] = []
  let refCount = 0
  for (const {plan} of paragraphs) {
    refBase.push(refCount)
    refCount += plan.refs.length
  }
  const sourceGroups = memory.groupsOf(paragraphs, lexicon)
  const sources = placeSources(sourceGroups, placeRef(paragraphs, refBase))
  const sourceOf = withoutCapturedPronouns(paragraphs, sourceGroups.sourceOf, placeRef(paragraphs, refBase))
  const phraseSource = (p: number, ref: number) =>
    must(sourceOf[must(refBase[p], 'one base per paragraph') + ref], 'one source per phrase')
  const isIgnored = figureIgnorer(raw, options.ignoredFigures)
  const {claims, figures} = placeClaimsAndFigures(text, paragraphs, phraseSource, isIgnored)
  attributeEchoes(figures)
  const scope = options.attributionScope ?? 'sentence'
  if (scope === 'paragraph') attributeWithinParagraphs(paragraphs.map((p) => p.span), claims, figures)

  const sentences: Span[] = []
  const hedges: Mention[] = []
  for (const {span, result, plan} of paragraphs) {
    const bounds = plan.sentenceBounds
    for (let k = 0; k < bounds.length; k += 2) {
      const start = must(bounds[k], 'k < bounds.length')
      const end = must(bounds[k + 1], 'bounds come in pairs')
      sentences.push({start: span.start + start, end: span.start + end})
    }
    for (const hedge of result.hedges) {
      hedges.push({start: span.start + hedge.start, end: span.start + hedge.end, text: hedge.text})
    }
  }
  // Only the sources something is attributed to (a subject who says nothing is no source).
  const used = new Set<string | null>()
  for (const claim of claims) used.add(claim.source)
  for (const figure of figures) used.add(figure.source)
  return {
    language,
    paragraphs: paragraphs.map((p) => p.span),
    sentences,
    figures,
    sources: sources.filter((source) => used.has(source.id)),
    claims,
    hedges,
    diagnostics: []
  }
}

/**
 * The article's claims and figures in text order, each made once with its id.
 * `phraseSource(p, i)`: the source id of paragraph p's i-th source phrase.
 */
function placeClaimsAndFigures(
  text: string,
  paragraphs: readonly PlacedParagraph[],
  phraseSource: (paragraph: number, ref: number) => string | null,
  isIgnored: (figure: Span, text: string) => boolean
): {claims: Claim[]; figures: Figure[]} {
  const claims: Claim[] = []
  const figures: Figure[] = []
  // The source of the previous paragraph's last quotation, and of its last claim
  // (null: vague; undefined: no claim).
  let previousQuoteSource: string | null = null
  let previousClaimSource: string | null | undefined
  paragraphs.forEach(({span, result, plan}, p) => {
    const base = span.start
    // What opens this paragraph without a source of its own goes on with the previous paragraph's:
    // a quotation with its last quoted speaker (closed or not), reported speech with its last source.
    const opening = result.claims.find((claim) => claim.inherit)
    const continued = !opening
      ? null
      : opening.kind === 'direct'
        ? previousQuoteSource
        : previousClaimSource === undefined
          ? null
          : {source: previousClaimSource}
    const claimAt = (c: number) => must(result.claims[c], 'c indexes the claims')
    const dropped = (c: number) => claimAt(c).inherit && continued === null
    const carriers = plan.carriers[continued !== null ? 1 : 0]
    // The ids of each claim's figures (by claim index): the figures of this paragraph get the next ids in order.
    const figureIds: string[][] = result.claims.map(() => [])
    carriers.forEach((carrier, f) => {
      if (carrier >= 0 && !dropped(carrier)) {
        must(figureIds[carrier], 'one list per claim').push(`f${figures.length + f + 1}`)
      }
    })
    // Each claim placed, by its index in the paragraph; made in text order (the plan's), so its id is its place.
    const placed: Array<Claim | undefined> = []
    for (const c of plan.claimOrder) {
      if (dropped(c)) continue
      const claim = claimAt(c)
      const speaker = must(plan.claimRef[c], 'one speaker slot per claim')
      const named = speaker >= 0
      const source = claim.inherit ? inheritedSource(continued) : named ? phraseSource(p, speaker) : null
      const placedClaim: Claim = {
        id: `c${claims.length + 1}`,
        start: base + claim.start,
        end: base + claim.end,
        source,
        cue: {start: base + claim.cue.start, end: base + claim.cue.end, text: claim.cue.text},
        // A vague phrase that found nothing to refer back to (`die Ermittler`) stays the vague source.
        vagueSource:
          claim.source && (!named || (source === null && claim.source.kind === 'vague'))
            ? {start: base + claim.source.start, end: base + claim.source.end, text: claim.source.text}
            : null,
        kind: claim.kind,
        via: claim.via,
        figures: must(figureIds[c], 'one list per claim')
      }
      placed[c] = placedClaim
      claims.push(placedClaim)
    }
    result.figures.forEach((found, f) => {
      const start = base + found.start
      const end = base + found.end
      const figureText = text.slice(start, end)
      const carrierIndex = must(carriers[f], 'one carrier per figure')
      const carrier = carrierIndex >= 0 ? placed[carrierIndex] : undefined
      figures.push({
        id: `f${figures.length + 1}`,
        start,
        end,
        text: figureText,
        value: found.value,
        valueMax: found.valueMax,
        unit: found.unit,
        noun: found.noun,
        vague: found.vague,
        approximate: found.approximate,
        status: carrier ? (carrier.source ? 'named' : 'vague') : 'none',
        source: carrier?.source ? carrier.source : null,
        via: carrier?.source ? carrier.via : null,
        claim: carrier?.id ?? null,
        ignored: isIgnored({start, end}, figureText)
      })
    })
    // The source of the paragraph's last quotation (in the order the paragraph found its
    // claims), and of its last claim.
    let lastQuoteSource: string | null = null
    result.claims.forEach((claim, c) => {
      if (claim.kind === 'direct' && placed[c]) lastQuoteSource = placed[c].source
    })
    previousQuoteSource = lastQuoteSource
    previousClaimSource = undefined
    for (const c of plan.claimOrder) if (placed[c]) previousClaimSource = placed[c].source
  })
  return {claims, figures}
}

/**
 * `attributionScope: 'paragraph'`, for desks that attribute once per paragraph: a figure that
 * nothing attributes takes the source of the latest claim before it in its paragraph, when that
 * claim names one (a vague claim in between ends the cover). Claims, figures and paragraphs are
 * in text order, so one walk over each suffices.
 */
function attributeWithinParagraphs(paragraphs: readonly Span[], claims: readonly Claim[], figures: Figure[]): void {
  let claimsBefore = 0
  let paragraphIndex = 0
  for (const figure of figures) {
    while ((claims[claimsBefore]?.start ?? Number.POSITIVE_INFINITY) < figure.start) claimsBefore++
    while ((paragraphs[paragraphIndex]?.end ?? Number.POSITIVE_INFINITY) <= figure.start) paragraphIndex++
    if (figure.status !== 'none') continue
    const latest = claims[claimsBefore - 1]
    const paragraph = paragraphs[paragraphIndex]
    if (!latest || !paragraph || latest.start < paragraph.start || latest.source === null) continue
    figure.status = 'named'
    figure.source = latest.source
    figure.via = 'paragraph'
    figure.claim = latest.id
  }
}

/**
 * `Officials said … They said …`: a plural pronoun stands for the nearest fitting speaker before it, and an
 * unnamed one (which is no source phrase, so the merging never sees it) may be nearer than the source the
 * merging found. Then the pronoun names no one: its phrase gets no source (the claim is vague).
 */
function withoutCapturedPronouns(
  paragraphs: readonly PlacedParagraph[],
  sourceOf: ReadonlyArray<string | null>,
  placeOf: (index: number) => Mention
): Array<string | null> {
  const unnamed: number[] = []
  const kinds: Array<SourceRef['kind']> = []
  const pronouns: number[] = []
  for (const {span, plan} of paragraphs) {
    for (const start of plan.unnamedPlurals) unnamed.push(span.start + start)
    for (const ref of plan.refs) {
      if (ref.kind === 'pronoun' && ref.pronoun === 'plural') pronouns.push(kinds.length)
      kinds.push(ref.kind)
    }
  }
  const result = [...sourceOf]
  if (unnamed.length === 0) return result
  for (const i of pronouns) {
    const id = sourceOf[i]
    if (id === null || id === undefined) continue
    // The antecedent the merging chose: the latest phrase of that source before the pronoun that is no pronoun.
    let j = i - 1
    while (j >= 0 && (sourceOf[j] !== id || kinds[j] === 'pronoun')) j--
    if (j < 0) continue
    const from = placeOf(j).start
    const to = placeOf(i).start
    if (unnamed.some((start) => start > from && start < to)) result[i] = null
  }
  return result
}

/** An inherited claim's source: a quoted speaker (a source id), or the previous paragraph's last claim's source. */
function inheritedSource(continued: string | {source: string | null} | null): string | null {
  return continued === null || typeof continued === 'string' ? continued : continued.source
}

/** Whether a figure is one the writer marked (a marker on its line) or listed in `ignoredFigures` (by its text). */
function figureIgnorer(raw: string, ignoredFigures: readonly string[] = []): (figure: Span, text: string) => boolean {
  const lines = ignoredLineRanges(raw)
  const texts = new Set(ignoredFigures)
  return (figure, text) => onIgnoredLine(lines, figure.start) || texts.has(text)
}

/** Where the article names each source phrase (by its index among all phrases). */
function placeRef(paragraphs: readonly PlacedParagraph[], refBase: readonly number[]): (index: number) => Mention {
  return (index) => {
    // The last paragraph whose phrases start at or before `index` (binary search); a
    // paragraph without phrases shares its base with the next, so it is never the last.
    const p = partitionPointOf(refBase, (base) => base > index) - 1
    const {plan, span} = must(paragraphs[p], 'a phrase lies in a paragraph')
    const ref = must(plan.refs[index - must(refBase[p], 'one base per paragraph')], 'the phrase is in its paragraph')
    const base = span.start
    return {start: base + ref.start, end: base + ref.end, text: ref.text}
  }
}

/**
 * Whether `offset` lies on one of the ignored lines (in text order, disjoint): a
 * binary search, not a scan per figure.
 */
function onIgnoredLine(lines: readonly Span[], offset: number): boolean {
  const line = lines[partitionPointOf(lines, (span) => span.start > offset) - 1]
  return line !== undefined && offset < line.end
}

function mergeExtensions(...parts: Array<LexiconExtension | undefined>): LexiconExtension {
  const defined = parts.filter((part): part is LexiconExtension => part !== undefined)
  if (defined.length === 0) return {}
  return {
    reportingVerbs: defined.flatMap((part) => part.reportingVerbs ?? []),
    vagueSources: defined.flatMap((part) => part.vagueSources ?? []),
    hedges: defined.flatMap((part) => part.hedges ?? [])
  }
}
