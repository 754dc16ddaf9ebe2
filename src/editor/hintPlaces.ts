// Where the inlay hints go and what they say, vscode-free so a unit test runs it: one hint
// per source per sentence (or after every figure), never inside a quotation, with the
// shortest name of the source that no other source of the article also uses.
import type {Analysis, Figure, Source} from '../core/index.js'
import {sentenceOf, sourceById} from './lookup.js'

export type HintMode = 'all' | 'firstPerSentence'

export interface HintPlace {
  /** Where the hint goes: after the figure, or after the closing mark of the quotation that holds it. */
  offset: number
  source: Source
  /** The first figure the hint stands for. */
  figure: Figure
  label: string
}

// Closing marks a quotation may end with (German, English, French, single and double).
const CLOSING_MARKS = new Set(['"', '“', '”', '«', '»', '‘', '’', "'", '‹', '›'])

export function hintPlaces(analysis: Analysis, text: string, mode: HintMode): HintPlace[] {
  const quotations = analysis.claims.filter((claim) => claim.kind === 'direct')
  const labels = new Map<string, string>()
  const placed = new Set<string>()
  const places: HintPlace[] = []
  for (const figure of analysis.figures) {
    if (figure.status !== 'named' || figure.source === null) continue
    const source = sourceById(analysis, figure.source)
    if (!source) continue
    const quotation = quotations.find((claim) => claim.start <= figure.start && figure.end <= claim.end)
    const offset = quotation ? afterClosingMarks(text, quotation.end) : figure.end
    // Two figures of one quotation share its end: one hint there is enough in either mode.
    const at = `${offset}\u0000${source.id}`
    const sentence = sentenceOf(analysis, figure)
    const inSentence = `${sentence ? sentence.start : offset}\u0000${source.id}\u0000sentence`
    if (placed.has(at) || (mode === 'firstPerSentence' && placed.has(inSentence))) continue
    placed.add(at)
    placed.add(inSentence)
    let label = labels.get(source.id)
    if (label === undefined) {
      label = unambiguousName(analysis, source)
      labels.set(source.id, label)
    }
    places.push({offset, source, figure, label})
  }
  return places.sort((a, b) => a.offset - b.offset)
}

/** The shortest form of the source's name that no other source of the article uses (case aside). */
export function unambiguousName(analysis: Pick<Analysis, 'sources'>, source: Source): string {
  const taken = new Set(
    analysis.sources
      .filter((other) => other !== source)
      .flatMap((other) => [other.name, ...other.aliases])
      .map((form) => form.toLowerCase())
  )
  const free = [source.name, ...source.aliases].filter((form) => !taken.has(form.toLowerCase()))
  return free.reduce((shortest, form) => (form.length < shortest.length ? form : shortest), free[0] ?? source.name)
}

/** The offset after the closing quotation marks that follow `end` (a quotation's span stops before them). */
function afterClosingMarks(text: string, end: number): number {
  let offset = end
  while (offset < text.length && CLOSING_MARKS.has(text.charAt(offset))) offset++
  return offset
}
