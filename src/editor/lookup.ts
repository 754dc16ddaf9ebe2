// Questions every provider asks of one analysis: what is at this offset, whose is it,
// what else did that source say. Pure functions over the engine's result.
import type {Analysis, Claim, Figure, Mention, Source, Span} from '../core/index.js'

export type Target =
  | {kind: 'figure'; figure: Figure}
  | {kind: 'mention'; source: Source; mention: Mention}
  | {kind: 'claim'; claim: Claim}

const contains = (span: Span, offset: number): boolean => span.start <= offset && offset <= span.end

/** The most specific thing at the offset: a figure, else a source mention, else a claim. */
export function targetAt(analysis: Analysis, offset: number): Target | undefined {
  const figure = analysis.figures.find((candidate) => contains(candidate, offset))
  if (figure) return {kind: 'figure', figure}
  for (const source of analysis.sources) {
    const mention = source.mentions.find((candidate) => contains(candidate, offset))
    if (mention) return {kind: 'mention', source, mention}
  }
  const claim = analysis.claims.find((candidate) => contains(candidate, offset) || contains(candidate.cue, offset))
  return claim ? {kind: 'claim', claim} : undefined
}

/** The named source the target belongs to, if any. */
export function sourceOfTarget(analysis: Analysis, target: Target): Source | undefined {
  if (target.kind === 'mention') return target.source
  const id = target.kind === 'figure' ? target.figure.source : target.claim.source
  return id === null ? undefined : sourceById(analysis, id)
}

export function sourceById(analysis: Analysis, id: string): Source | undefined {
  return analysis.sources.find((source) => source.id === id)
}

export function claimsOf(analysis: Analysis, sourceId: string): Claim[] {
  return analysis.claims.filter((claim) => claim.source === sourceId)
}

export function figuresOf(analysis: Analysis, sourceId: string): Figure[] {
  return analysis.figures.filter((figure) => figure.source === sourceId)
}

// Defined with the other counts, so every view counts the same figures.
export {unattributedFigures} from './counts.js'

/** Figures whose source is vague or missing, unless ignored: what a checker still has to chase. */
export function figuresWithoutNamedSource(analysis: Analysis): Figure[] {
  return analysis.figures.filter((figure) => figure.status !== 'named' && !figure.ignored)
}

/** The shortest form the article uses for a source (`NIS`), for places with little room. */
export function shortName(source: Source): string {
  return [source.name, ...source.aliases].reduce((shortest, alias) =>
    alias.length < shortest.length ? alias : shortest
  )
}

/** The sentence holding the span, if the engine reported one. */
export function sentenceOf(analysis: Analysis, span: Span): Span | undefined {
  return analysis.sentences.find((sentence) => sentence.start <= span.start && span.end <= sentence.end)
}

/** One line of article text for a list: whitespace collapsed, cut at `max` characters. */
export function excerpt(text: string, span: Span, max = 80): string {
  const flat = text.slice(span.start, span.end).replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

/**
 * Other figures that count the same thing (same noun and unit) with a value that does
 * not overlap, from a different source: the places a checker compares.
 */
export function conflictingFigures(analysis: Analysis, figure: Figure): Figure[] {
  return analysis.figures.filter((other) => other !== figure && conflict(figure, other))
}

/** Every set of figures that conflict with each other, each in text order. */
export function conflictGroups(analysis: Analysis): Figure[][] {
  const groups: Figure[][] = []
  const grouped = new Set<Figure>()
  for (const figure of analysis.figures) {
    if (grouped.has(figure)) continue
    const others = conflictingFigures(analysis, figure)
    if (others.length === 0) continue
    const group = [figure, ...others.filter((other) => !grouped.has(other))]
    for (const member of group) grouped.add(member)
    groups.push(group.sort((a, b) => a.start - b.start))
  }
  return groups
}

/** What a figure counts: its noun and unit (`Soldaten`, `EUR`); null when it has neither. */
function countedThing(figure: Figure): string | null {
  if (figure.noun === null && figure.unit === null) return null
  return `${figure.noun?.toLowerCase() ?? ''}|${figure.unit ?? ''}`
}

function conflict(a: Figure, b: Figure): boolean {
  if (a.value === null || b.value === null || a.ignored || b.ignored || a.source === b.source) return false
  const thing = countedThing(a)
  if (thing === null || thing !== countedThing(b)) return false
  const aMax = a.valueMax ?? a.value
  const bMax = b.valueMax ?? b.value
  return aMax < b.value || bMax < a.value
}
