// The engine's entry point. Each paragraph is analysed on its own (and cached by
// its text); then one cheap pass over the whole article merges sources, resolves
// pronouns, carries quotes across paragraphs, attributes figures and echoes, and
// reports diagnostics as vfile messages.
import {VFile} from 'vfile'
import {reportDiagnostics} from './document/diagnostics.js'
import {attributeEchoes} from './document/echo.js'
import {resolveSources, type PlacedRef} from './document/sources.js'
import {detectLanguage} from './language.js'
import {lexiconFor, type Lexicon} from './lexicon/index.js'
import {blankIgnoreMarkers, ignoredLineRanges} from './markers.js'
import {analyseParagraph, type ParagraphResult} from './paragraph.js'
import type {LocalClaim, SourceRef} from './recognize/attribution.js'
import {splitParagraphs} from './text/segment.js'
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
  const caches = new Map<Lexicon, Map<string, ParagraphResult>>()
  let size = 0
  const paragraphOf = (text: string, lexicon: Lexicon): ParagraphResult => {
    let cache = caches.get(lexicon)
    if (!cache) caches.set(lexicon, (cache = new Map()))
    let result = cache.get(text)
    if (result) {
      // Refresh recency so the paragraphs in use survive eviction.
      cache.delete(text)
    } else {
      result = analyseParagraph(text, lexicon)
      size++
    }
    cache.set(text, result)
    if (size > cacheLimit) {
      // Old entries go first: the least recently used of the largest map.
      const largest = [...caches.values()].reduce((a, b) => (b.size > a.size ? b : a))
      largest.delete(largest.keys().next().value as string)
      size--
    }
    return result
  }
  const analyseFile = (file: VFile, withMessages = true): Analysis => {
    const analysis = analyseText(String(file.value ?? ''), options, paragraphOf)
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

/** Analyses one article without keeping a cache. */
export function analyse(text: string, options: AnalyseOptions = {}): Analysis {
  return createAnalyser(options).analyse(text)
}

interface PlacedParagraph {
  span: Span
  result: ParagraphResult
}

function analyseText(raw: string, options: AnalyseOptions, paragraphOf: (text: string, lexicon: Lexicon) => ParagraphResult): Analysis {
  const text = blankIgnoreMarkers(raw)
  const language: Language = options.language && options.language !== 'auto' ? options.language : detectLanguage(text)
  const lexicon = lexiconFor(language, mergeExtensions(options.lexicon?.all, options.lexicon?.[language]))
  const paragraphs: PlacedParagraph[] = splitParagraphs(text).map((span) => ({span, result: paragraphOf(text.slice(span.start, span.end), lexicon)}))

  // Every source phrase of the article, placed, in text order.
  const refs: PlacedRef[] = []
  const refIndex = new Map<LocalClaim, number>()
  const place = (base: number, ref: SourceRef): PlacedRef => ({start: base + ref.start, end: base + ref.end, text: ref.text, kind: ref.kind, pronoun: ref.pronoun, tokens: ref.tokens})
  for (const {span, result} of paragraphs) {
    // Claims' sources and the people who are sentence subjects, in text order, for pronouns to find.
    const entries: Array<{ref: SourceRef; claim: LocalClaim | null}> = [
      ...result.claims.filter((claim) => claim.source && claim.source.kind !== 'vague').map((claim) => ({ref: claim.source!, claim})),
      ...result.subjects.map((ref) => ({ref, claim: null}))
    ]
    entries.sort((a, b) => a.ref.start - b.ref.start)
    for (const {ref, claim} of entries) {
      if (claim) refIndex.set(claim, refs.length)
      refs.push(place(span.start, ref))
    }
  }
  const {sources, sourceOf} = resolveSources(refs, lexicon)

  const claims: Claim[] = []
  const figures: Figure[] = []
  const ignored = ignoredLineRanges(raw)
  const ignoredFigureTexts = new Set(options.ignoredFigures ?? [])
  const carrierOfFigure = new Map<Figure, Claim>()
  let previousQuoteSource: string | null = null
  let previousEndsInQuote = false
  for (const {span, result} of paragraphs) {
    const at = (s: Span): Span => ({start: span.start + s.start, end: span.start + s.end})
    const local: Array<{claim: Claim; local: LocalClaim}> = []
    for (const claim of result.claims) {
      let source: string | null = null
      let vagueSource: Mention | null = null
      const index = refIndex.get(claim)
      if (index !== undefined) source = sourceOf[index]
      else if (claim.source) vagueSource = {...at(claim.source), text: claim.source.text}
      if (claim.inherit) {
        // A quote that opens this paragraph goes on from the one left open before it.
        if (!previousEndsInQuote || !previousQuoteSource) continue
        source = previousQuoteSource
      }
      const placed: Claim = {
        id: '',
        ...at(claim),
        source,
        cue: {...at(claim.cue), text: claim.cue.text},
        vagueSource,
        kind: claim.kind,
        via: claim.via,
        figures: []
      }
      local.push({claim: placed, local: claim})
    }
    for (const found of result.figures) {
      const where = at(found)
      const figure: Figure = {
        id: '',
        ...where,
        text: text.slice(where.start, where.end),
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
        ignored: onIgnoredLine(ignored, where.start) || ignoredFigureTexts.has(text.slice(where.start, where.end))
      }
      const carrier = carrierOf(figure, local)
      if (carrier) {
        carrierOfFigure.set(figure, carrier)
        if (carrier.source) {
          figure.status = 'named'
          figure.source = carrier.source
          figure.via = carrier.via === 'quote' ? 'quote' : carrier.via
        } else {
          figure.status = 'vague'
        }
      }
      figures.push(figure)
    }
    claims.push(...local.map((entry) => entry.claim))
    const lastQuote = result.quotes.at(-1)
    previousEndsInQuote = lastQuote !== undefined && !lastQuote.closed
    const lastQuoteClaim = local.filter((entry) => entry.claim.kind === 'direct').at(-1)
    previousQuoteSource = lastQuoteClaim?.claim.source ?? (previousEndsInQuote ? previousQuoteSource : null)
  }
  // Ids in text order, then the links between figures and claims.
  claims.sort((a, b) => a.start - b.start || b.end - a.end).forEach((claim, index) => (claim.id = `c${index + 1}`))
  figures.forEach((figure, index) => (figure.id = `f${index + 1}`))
  for (const [figure, carrier] of carrierOfFigure) {
    figure.claim = carrier.id
    carrier.figures.push(figure.id)
  }
  attributeEchoes(figures)

  const sentences: Span[] = []
  const hedges: Mention[] = []
  for (const {span, result} of paragraphs) {
    for (const sentence of result.sentences) sentences.push({start: span.start + sentence.start, end: span.start + sentence.end})
    for (const hedge of result.hedges) hedges.push({start: span.start + hedge.start, end: span.start + hedge.end, text: hedge.text})
  }
  return {
    language,
    paragraphs: paragraphs.map((p) => p.span),
    sentences,
    figures,
    sources: sources.filter((source) => claims.some((claim) => claim.source === source.id) || figures.some((figure) => figure.source === source.id)),
    claims,
    hedges,
    diagnostics: []
  }
}

/** Whether `offset` lies on one of the ignored lines (in text order, disjoint): a binary search, not a scan per figure. */
function onIgnoredLine(lines: readonly Span[], offset: number): boolean {
  let low = 0
  let high = lines.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (lines[middle].start <= offset) low = middle + 1
    else high = middle
  }
  return low > 0 && offset < lines[low - 1].end
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

/**
 * The claim that carries a figure: a quotation around it first, then the
 * narrowest claim that contains it, then the one whose cue is nearest.
 */
function carrierOf(figure: Span, claims: ReadonlyArray<{claim: Claim; local: LocalClaim}>): Claim | null {
  const containing = claims.filter(({claim}) => claim.start <= figure.start && figure.end <= claim.end)
  if (containing.length === 0) return null
  const quoted = containing.filter(({claim}) => claim.kind === 'direct')
  const pool = quoted.length ? quoted : containing
  const distance = (claim: Claim) => Math.min(Math.abs(claim.cue.start - figure.end), Math.abs(figure.start - claim.cue.end))
  return [...pool].sort((a, b) => a.claim.end - a.claim.start - (b.claim.end - b.claim.start) || distance(a.claim) - distance(b.claim))[0].claim
}
