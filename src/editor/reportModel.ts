// The source report of one article as plain data: what the webview shows and what
// the exports write. Enum values stay raw here; renderers localise them.
import type {
  Analysis,
  AttributionVia,
  ClaimKind,
  FigureStatus,
  Language,
  RuleId,
  SourceType,
  Span
} from '../core/index.js'
import {articleCounts} from './counts.js'
import {claimsOf, conflictGroups, excerpt, figuresOf, sourceById} from './lookup.js'

/** A place in the article: offsets for links back into the editor, a 1-based line for people. */
export interface Place extends Span {
  line: number
}

export interface SourceReport {
  /** Which report format this is, for readers of the JSON export. */
  format: 'sourced-report/1'
  file: string
  language: Language
  /** As every view counts (counts.ts): `vague` holds vague claims without figures too, `none` the unattributed. */
  counts: {
    figures: number
    named: number
    vague: number
    none: number
    ignored: number
    sources: number
    claims: number
  }
  sources: Array<{
    id: string
    name: string
    type: SourceType
    aliases: string[]
    claims: number
    figures: number
    place: Place | null
  }>
  claims: Array<{
    id: string
    source: string | null
    vagueSource: string | null
    kind: ClaimKind
    cue: string
    text: string
    place: Place
  }>
  figures: Array<{
    id: string
    text: string
    value: number | null
    valueMax: number | null
    unit: string | null
    status: FigureStatus
    ignored: boolean
    source: string | null
    /** The words of a vague source (`Experten`), when the figure has one. */
    vagueSource: string | null
    via: AttributionVia | null
    place: Place
  }>
  /** Figures that count the same thing with different values from different sources. */
  conflicts: Array<Array<{figure: string; text: string; source: string | null; place: Place}>>
  diagnostics: Array<{ruleId: RuleId; message: string; place: Place}>
}

/** `text` is the file's text (for excerpts), `lineOf` maps an offset to its 0-based line. */
export function buildReport(
  analysis: Analysis,
  text: string,
  file: string,
  lineOf: (offset: number) => number
): SourceReport {
  const place = (span: Span): Place => ({start: span.start, end: span.end, line: lineOf(span.start) + 1})
  const sourceName = (id: string | null) => (id === null ? null : (sourceById(analysis, id)?.name ?? id))
  const counts = articleCounts(analysis)
  const vagueSource = (claimId: string | null) =>
    analysis.claims.find((claim) => claim.id === claimId)?.vagueSource?.text ?? null
  return {
    format: 'sourced-report/1',
    file,
    language: analysis.language,
    counts: {
      figures: counts.figures,
      named: counts.named,
      vague: counts.vague,
      none: counts.unattributed,
      ignored: counts.ignored,
      sources: counts.sources,
      claims: counts.claims
    },
    sources: analysis.sources.map((source) => ({
      id: source.id,
      name: source.name,
      type: source.type,
      aliases: source.aliases,
      claims: claimsOf(analysis, source.id).length,
      figures: figuresOf(analysis, source.id).length,
      place: source.mentions[0] ? place(source.mentions[0]) : null
    })),
    claims: analysis.claims.map((claim) => ({
      id: claim.id,
      source: sourceName(claim.source),
      vagueSource: claim.vagueSource?.text ?? null,
      kind: claim.kind,
      cue: claim.cue.text,
      text: excerpt(text, claim, 160),
      place: place(claim)
    })),
    figures: analysis.figures.map((figure) => ({
      id: figure.id,
      text: figure.text,
      value: figure.value,
      valueMax: figure.valueMax,
      unit: figure.unit,
      status: figure.status,
      ignored: figure.ignored,
      source: sourceName(figure.source),
      vagueSource: figure.source === null ? vagueSource(figure.claim) : null,
      via: figure.via,
      place: place(figure)
    })),
    conflicts: conflictGroups(analysis).map((group) =>
      group.map((figure) => ({
        figure: figure.id,
        text: figure.text,
        source: sourceName(figure.source),
        place: place(figure)
      }))
    ),
    diagnostics: analysis.diagnostics.map((message) => ({
      ruleId: message.ruleId,
      message: message.message,
      place: place(message)
    }))
  }
}
