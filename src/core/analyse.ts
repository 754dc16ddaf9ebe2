// The engine's entry point. Each paragraph is analysed on its own (and cached by
// its text); then one cheap pass over the whole article merges sources, resolves
// pronouns, carries quotes across paragraphs, attributes figures and echoes, and
// reports diagnostics as vfile messages.
import {VFile} from 'vfile'
import {reportDiagnostics} from './document/diagnostics.js'
import {attributeEchoes} from './document/echo.js'
import {planParagraph, type ParagraphPlan} from './document/plan.js'
import {groupSources, placeSources, type RefEntry, type SourceGroups} from './document/sources.js'
import {detectLanguage, languageSample} from './language.js'
import {lexiconFor, type Lexicon} from './lexicon/index.js'
import {blankIgnoreMarkers, ignoredLineRanges} from './markers.js'
import {analyseParagraph, type ParagraphResult} from './paragraph.js'
import {partitionPoint} from './search.js'
import {commonAffixes} from './text/affixes.js'
import {isParagraphBreak, splitParagraphs} from './text/segment.js'
import type {AnalyseOptions, Analysis, Claim, Figure, Language, LexiconExtension, Mention, Span} from './types.js'

/** Keeps per-paragraph results between calls, so re-analysing an edited document is cheap. */
export interface Analyser {
  analyse(text: string): Analysis
  /** Analyses `file` and reports the diagnostics on it as vfile messages. */
  analyseFile(file: VFile): Analysis
}

/** Paragraph results kept per analyser; old entries go first when it is full. */
const cacheLimit = 20000

export function createAnalyser(options: AnalyseOptions = {}): Analyser {
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
    if (index >= 0) {
      const [known] = groupings.splice(index, 1)
      groupings.unshift(known)
      return known.groups
    }
    const entries: RefEntry[] = []
    paragraphs.forEach(({plan}, paragraph) => plan.refs.forEach((ref, i) => entries.push({ref, paragraph, described: plan.described[i]})))
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
  const analyseFile = (file: VFile, withMessages = true): Analysis => {
    const analysis = analyseText(String(file.value ?? ''), options, {paragraphOf, groupsOf, nearest, remember})
    // Perf: VFileMessage is an Error and captures a stack trace it then replaces
    // with ''; not capturing one makes thousands of messages several times cheaper.
    const stackTraceLimit = Error.stackTraceLimit
    Error.stackTraceLimit = 0
    try {
      reportDiagnostics(file, analysis, options, withMessages)
    } finally {
      Error.stackTraceLimit = stackTraceLimit
    }
    return analysis
  }
  return {
    // The editor's path: nobody reads the throwaway file's messages.
    analyse: (text) => analyseFile(new VFile({value: text}), false),
    analyseFile: (file) => analyseFile(file)
  }
}

/** Source groupings kept per analyser. */
const groupingLimit = 4
/** Documents remembered per analyser (one per open editor, roughly). */
const seenLimit = 4

/** What the document pass asks of the analyser's memory. */
interface Memory {
  paragraphOf: (text: string, lexicon: Lexicon) => AnalysedParagraph
  groupsOf: (paragraphs: readonly PlacedParagraph[], lexicon: Lexicon) => SourceGroups
  nearest: (text: string) => Near | null
  remember: (document: Seen) => void
}

/** A document analysed before: its text (markers blanked), detected language, lexicon and paragraphs. */
interface Seen {
  text: string
  detected: Language | null
  lexicon: Lexicon
  paragraphs: PlacedParagraph[]
}

/** A document seen before that shares its start (`prefix`) and its end (`suffix`) with the one analysed now. */
interface Near {
  seen: Seen
  prefix: number
  suffix: number
}

/** Whether two documents' paragraphs have the same source phrases, in order (a plan kept from before has them). */
function samePhrases(a: readonly ParagraphPlan[], b: readonly ParagraphPlan[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && a[i].refsKey() !== b[i].refsKey()) return false
  return true
}

/** Analyses one article without keeping a cache. */
export function analyse(text: string, options: AnalyseOptions = {}): Analysis {
  return createAnalyser(options).analyse(text)
}

interface AnalysedParagraph {
  result: ParagraphResult
  plan: ParagraphPlan
}

interface PlacedParagraph extends AnalysedParagraph {
  span: Span
}

function analyseText(raw: string, options: AnalyseOptions, memory: Memory): Analysis {
  const text = blankIgnoreMarkers(raw)
  const near = memory.nearest(text)
  const forced = options.language && options.language !== 'auto' ? options.language : null
  // Detection reads only the start of the text: unchanged there, the language is too.
  const detected = forced ? null : near?.seen.detected && near.prefix >= languageSample ? near.seen.detected : detectLanguage(text)
  const language: Language = forced ?? detected!
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
  const {sourceOf} = sourceGroups
  const sources = placeSources(sourceGroups, placeRef(paragraphs, refBase))

  const claims: Claim[] = []
  const figures: Figure[] = []
  const ignored = ignoredLineRanges(raw)
  const ignoredFigureTexts = new Set(options.ignoredFigures ?? [])
  const carrierOfFigure: Array<[Figure, Claim]> = []
  let previousQuoteSource: string | null = null
  let previousEndsInQuote = false
  paragraphs.forEach(({span, result, plan}, p) => {
    const base = span.start
    // Each claim placed, by its index in the paragraph; quotes that continue nothing are dropped (null).
    const placed: Array<Claim | null> = result.claims.map(() => null)
    let lastQuoteSource: string | null | undefined
    result.claims.forEach((claim, c) => {
      let source: string | null = null
      let vagueSource: Mention | null = null
      if (plan.claimRef[c] >= 0) source = sourceOf[refBase[p] + plan.claimRef[c]]
      else if (claim.source) vagueSource = {start: base + claim.source.start, end: base + claim.source.end, text: claim.source.text}
      if (claim.inherit) {
        // A quote that opens this paragraph goes on from the one left open before it.
        if (!previousEndsInQuote || !previousQuoteSource) return
        source = previousQuoteSource
      }
      placed[c] = {
        id: '',
        start: base + claim.start,
        end: base + claim.end,
        source,
        cue: {start: base + claim.cue.start, end: base + claim.cue.end, text: claim.cue.text},
        vagueSource,
        kind: claim.kind,
        via: claim.via,
        figures: []
      }
      if (claim.kind === 'direct') lastQuoteSource = source
    })
    const carriers = plan.carriers[previousEndsInQuote && previousQuoteSource ? 1 : 0]
    result.figures.forEach((found, f) => {
      const start = base + found.start
      const end = base + found.end
      const figureText = text.slice(start, end)
      const figure: Figure = {
        id: '',
        start,
        end,
        text: figureText,
        value: found.value,
        valueMax: found.valueMax,
        unit: found.unit,
        noun: found.noun,
        vague: found.vague,
        approximate: found.approximate,
        status: 'none',
        source: null,
        via: null,
        claim: null,
        ignored: onIgnoredLine(ignored, start) || ignoredFigureTexts.has(figureText)
      }
      const carrier = carriers[f] >= 0 ? placed[carriers[f]] : null
      if (carrier) {
        carrierOfFigure.push([figure, carrier])
        if (carrier.source) {
          figure.status = 'named'
          figure.source = carrier.source
          figure.via = carrier.via === 'quote' ? 'quote' : carrier.via
        } else {
          figure.status = 'vague'
        }
      }
      figures.push(figure)
    })
    // Ids in text order: the paragraphs are in text order, their claims sorted once in the plan.
    for (const c of plan.claimOrder) {
      const claim = placed[c]
      if (claim) claims.push(claim)
    }
    const lastQuote = result.quotes.at(-1)
    previousEndsInQuote = lastQuote !== undefined && !lastQuote.closed
    previousQuoteSource = lastQuoteSource ?? (previousEndsInQuote ? previousQuoteSource : null)
  })
  claims.forEach((claim, index) => (claim.id = `c${index + 1}`))
  figures.forEach((figure, index) => (figure.id = `f${index + 1}`))
  for (const [figure, carrier] of carrierOfFigure) {
    figure.claim = carrier.id
    carrier.figures.push(figure.id)
  }
  attributeEchoes(figures)

  const sentences: Span[] = []
  const hedges: Mention[] = []
  for (const {span, result, plan} of paragraphs) {
    const bounds = plan.sentenceBounds
    for (let k = 0; k < bounds.length; k += 2) sentences.push({start: span.start + bounds[k], end: span.start + bounds[k + 1]})
    for (const hedge of result.hedges) hedges.push({start: span.start + hedge.start, end: span.start + hedge.end, text: hedge.text})
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
 * The paragraphs of `text` with their analyses. Of a document seen before, those in
 * the unchanged start and end stay as they were (the end ones shifted; perf: no
 * scan of a megabyte and no text look-up per keystroke), and only the text between
 * is split anew and looked up in the cache by its text. Each side is anchored at a
 * blank line wholly outside the edit, where splitting can start afresh.
 */
function placeParagraphs(text: string, lexicon: Lexicon, near: Near | null, paragraphOf: Memory['paragraphOf']): PlacedParagraph[] {
  const fresh = (span: Span): PlacedParagraph => ({span, ...paragraphOf(text.slice(span.start, span.end), lexicon)})
  if (!near) return splitParagraphs(text).map(fresh)
  const oldText = near.seen.text
  const old = near.seen.paragraphs.map((p) => p.span)
  const shift = text.length - oldText.length
  const breakAfter = (i: number) => isParagraphBreak(oldText.slice(old[i].end, old[i + 1].start))
  // Left: the last paragraph whose following blank line ends in the unchanged start.
  let left = Math.max(-1, firstStartingAfter(old, near.prefix) - 2)
  while (left >= 0 && !breakAfter(left)) left--
  // Right: the first paragraph whose preceding blank line begins in the unchanged end.
  const suffixStart = oldText.length - near.suffix
  let right = firstEndingAtOrAfter(old, suffixStart) + 1
  while (right < old.length && !breakAfter(right - 1)) right++
  const from = left >= 0 ? old[left].end : 0
  const to = right < old.length ? old[right].start + shift : text.length
  const between = splitParagraphs(text.slice(from, to)).map((span) => fresh({start: span.start + from, end: span.end + from}))
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
const firstStartingAfter = (spans: readonly Span[], offset: number) => partitionPoint(spans.length, (i) => spans[i].start > offset)

/** The index of the first span that ends at or after `offset`. */
const firstEndingAtOrAfter = (spans: readonly Span[], offset: number) => partitionPoint(spans.length, (i) => spans[i].end >= offset)

/** Where the article names each source phrase (by its index among all phrases). */
function placeRef(paragraphs: readonly PlacedParagraph[], refBase: readonly number[]): (index: number) => Mention {
  return (index) => {
    // The last paragraph whose phrases start at or before `index` (binary search); a
    // paragraph without phrases shares its base with the next, so it is never the last.
    const p = partitionPoint(refBase.length, (i) => refBase[i] > index) - 1
    const ref = paragraphs[p].plan.refs[index - refBase[p]]
    const base = paragraphs[p].span.start
    return {start: base + ref.start, end: base + ref.end, text: ref.text}
  }
}

/** Whether `offset` lies on one of the ignored lines (in text order, disjoint): a binary search, not a scan per figure. */
function onIgnoredLine(lines: readonly Span[], offset: number): boolean {
  const next = partitionPoint(lines.length, (i) => lines[i].start > offset)
  return next > 0 && offset < lines[next - 1].end
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
