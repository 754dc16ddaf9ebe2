// What an analyser keeps between calls, so re-analysing an edited document is cheap:
// each paragraph's analysis (by its text, per lexicon), the latest source groupings,
// and the latest documents, so that an edited one finds its unchanged paragraphs by
// place. Nothing here depends on the options beyond the lexicon, so one memory
// serves every setting: the lexicon is part of each key.
import type {Lexicon} from '../lexicon/index.js'
import {analyseParagraph, type ParagraphResult} from '../paragraph.js'
import {must} from '../must.js'
import {partitionPointOf} from '../search.js'
import {commonAffixes} from '../text/affixes.js'
import {isParagraphBreak, splitParagraphs} from '../text/segment.js'
import type {Language, Span} from '../types.js'
import {planParagraph, type ParagraphPlan} from './plan.js'
import {groupSources, type RefEntry, type SourceGroups} from './sources.js'

export interface AnalysedParagraph {
  result: ParagraphResult
  plan: ParagraphPlan
}

export interface PlacedParagraph extends AnalysedParagraph {
  span: Span
}

/** A document analysed before: its text (markers blanked), detected language, lexicon and paragraphs. */
export interface Seen {
  text: string
  detected: Language | null
  lexicon: Lexicon
  paragraphs: PlacedParagraph[]
}

/** A document seen before that shares its start (`prefix`) and its end (`suffix`) with the one analysed now. */
export interface Near {
  seen: Seen
  prefix: number
  suffix: number
}

/** What the document pass asks of the analyser's memory. */
export interface Memory {
  paragraphOf: (text: string, lexicon: Lexicon) => AnalysedParagraph
  groupsOf: (paragraphs: readonly PlacedParagraph[], lexicon: Lexicon) => SourceGroups
  nearest: (text: string) => Near | null
  remember: (document: Seen) => void
}

/** Paragraph results kept per memory; old entries go first when it is full. */
const cacheLimit = 20000
/** Source groupings kept per memory. */
const groupingLimit = 4
/** Documents remembered per memory (one per open editor, roughly). */
const seenLimit = 4

export function createMemory(): Memory {
  // Keyed by the paragraph's text alone, one map per lexicon: a key built as
  // language + text would copy every paragraph of the document on every analysis.
  const caches = new Map<Lexicon, Map<string, AnalysedParagraph>>()
  let size = 0
  const paragraphOf = (text: string, lexicon: Lexicon): AnalysedParagraph => {
    let cache = caches.get(lexicon)
    if (!cache) caches.set(lexicon, (cache = new Map()))
    let entry = cache.get(text)
    if (entry) {
      // Refresh recency so the paragraphs in use survive eviction.
      cache.delete(text)
    } else {
      const result = analyseParagraph(text, lexicon)
      entry = {result, plan: planParagraph(result, lexicon)}
      size++
    }
    cache.set(text, entry)
    if (size > cacheLimit) {
      // Old entries go first: the least recently used of the largest map.
      const largest = [...caches.values()].reduce((a, b) => (b.size > a.size ? b : a))
      largest.delete(largest.keys().next().value as string)
      size--
    }
    return entry
  }
  // The latest source groupings, with the paragraph plans they came from:
  // an edit that changes no source phrase reuses them (a few, for several documents).
  const groupings: Array<{plans: ParagraphPlan[]; lexicon: Lexicon; groups: SourceGroups}> = []
  const groupsOf = (paragraphs: readonly PlacedParagraph[], lexicon: Lexicon): SourceGroups => {
    const plans = paragraphs.map((p) => p.plan)
    const index = groupings.findIndex((known) => known.lexicon === lexicon && samePhrases(known.plans, plans))
    const known = groupings[index]
    if (known) {
      groupings.splice(index, 1)
      groupings.unshift(known)
      return known.groups
    }
    const entries: RefEntry[] = []
    for (const [paragraph, {plan}] of paragraphs.entries()) {
      for (const [i, ref] of plan.refs.entries()) {
        entries.push({ref, paragraph, described: must(plan.described[i], 'a plan describes each of its refs')})
      }
    }
    const groups = groupSources(entries, lexicon)
    groupings.unshift({plans, lexicon, groups})
    if (groupings.length > groupingLimit) groupings.pop()
    return groups
  }
  // The latest documents, so an edited one finds its unchanged paragraphs by place, not by text.
  const seen: Seen[] = []
  const nearest = (text: string): Near | null => {
    for (const [index, document] of seen.entries()) {
      const {prefix, suffix} = commonAffixes(document.text, text)
      // Another document, or this one rewritten: the paragraph cache is as good.
      if (prefix + suffix < text.length / 2) continue
      seen.splice(index, 1)
      return {seen: document, prefix, suffix}
    }
    return null
  }
  const remember = (document: Seen) => {
    seen.unshift(document)
    if (seen.length > seenLimit) seen.pop()
  }
  return {paragraphOf, groupsOf, nearest, remember}
}

/**
 * Whether two documents' paragraphs have the same source phrases, in order, at
 * places that coincide alike (a plan kept from before has them). The places count
 * because the merging lists each place once: a speaker who is also the subject
 * stands at one place, the same name in two sentences at two.
 */
function samePhrases(a: readonly ParagraphPlan[], b: readonly ParagraphPlan[]): boolean {
  if (a.length !== b.length) return false
  for (const [i, plan] of a.entries()) {
    const other = must(b[i], 'the lists are as long')
    if (plan !== other && (plan.refsKey() !== other.refsKey() || !samePlaceSharing(plan.refs, other.refs))) return false
  }
  return true
}

/** Whether the same phrases (by index) share a place with an earlier one in both lists (in text order). */
function samePlaceSharing(a: readonly Span[], b: readonly Span[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (firstAtSamePlace(a, i) !== firstAtSamePlace(b, i)) return false
  return true
}

/** The first earlier phrase at the place of phrase `i`, or -1; phrases at one place share a start, so are adjacent. */
function firstAtSamePlace(spans: readonly Span[], i: number): number {
  const span = must(spans[i], 'i indexes spans')
  let first = -1
  for (let j = i - 1; j >= 0; j--) {
    const earlier = must(spans[j], 'j counts down from i')
    if (earlier.start !== span.start) break
    if (earlier.end === span.end) first = j
  }
  return first
}

/**
 * The paragraphs of `text` with their analyses. Of a document seen before, those in
 * the unchanged start and end stay as they were (the end ones shifted; perf: no
 * scan of a megabyte and no text look-up per keystroke), and only the text between
 * is split anew and looked up in the cache by its text. Each side is anchored at a
 * blank line wholly outside the edit, where splitting can start afresh.
 */
export function placeParagraphs(
  text: string,
  lexicon: Lexicon,
  near: Near | null,
  paragraphOf: Memory['paragraphOf']
): PlacedParagraph[] {
  const fresh = (span: Span): PlacedParagraph => ({span, ...paragraphOf(text.slice(span.start, span.end), lexicon)})
  if (!near) return splitParagraphs(text).map(fresh)
  const oldText = near.seen.text
  const old = near.seen.paragraphs.map((p) => p.span)
  const shift = text.length - oldText.length
  /** Whether a blank line follows old paragraph `i`, which has one after it. */
  const breakAfter = (i: number) => {
    const end = must(old[i], 'a paragraph before the end').end
    return isParagraphBreak(oldText.slice(end, must(old[i + 1], 'a paragraph after it').start))
  }
  // Left: the last paragraph whose following blank line ends in the unchanged start.
  let left = Math.max(-1, firstStartingAfter(old, near.prefix) - 2)
  while (left >= 0 && !breakAfter(left)) left--
  // Right: the first paragraph whose preceding blank line begins in the unchanged end.
  const suffixStart = oldText.length - near.suffix
  let right = firstEndingAtOrAfter(old, suffixStart) + 1
  while (right < old.length && !breakAfter(right - 1)) right++
  // Left is -1 where no paragraph is kept before, right is old.length where none after.
  const from = old[left]?.end ?? 0
  const firstAfter = old[right]
  const to = firstAfter ? firstAfter.start + shift : text.length
  const between = splitParagraphs(text.slice(from, to)).map((span) =>
    fresh({start: span.start + from, end: span.end + from})
  )
  // Their text is unchanged; their analysis holds while the lexicon does.
  const kept = (paragraph: PlacedParagraph, by: number): PlacedParagraph => {
    const span = by === 0 ? paragraph.span : {start: paragraph.span.start + by, end: paragraph.span.end + by}
    return near.seen.lexicon === lexicon ? {span, result: paragraph.result, plan: paragraph.plan} : fresh(span)
  }
  const before = near.seen.paragraphs.slice(0, left + 1).map((paragraph) => kept(paragraph, 0))
  const after = near.seen.paragraphs.slice(right).map((paragraph) => kept(paragraph, shift))
  return [...before, ...between, ...after]
}

/** The index of the first span that starts after `offset` (spans in text order). */
const firstStartingAfter = (spans: readonly Span[], offset: number) =>
  partitionPointOf(spans, (span) => span.start > offset)

/** The index of the first span that ends at or after `offset`. */
const firstEndingAtOrAfter = (spans: readonly Span[], offset: number) =>
  partitionPointOf(spans, (span) => span.end >= offset)
