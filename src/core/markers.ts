// The writer's way to say "this figure needs no source": a marker on the same line.
// The engine marks every figure on such a line `ignored: true` and reports none of
// them; the editor's quick fix writes the marker that suits the file.
import type {Span} from './types.js'

/** The canonical spelling of each marker, as the quick fix inserts it. */
export const IGNORE_MARKERS = Object.freeze({
  /** Invisible when Markdown or HTML is rendered. */
  html: '<!-- sourced-ignore -->',
  /** For plain text and `.news` files, where a comment would show. */
  plain: '[sourced-ignore]'
})

// Tolerant of the spacing and case a person may type: `<!--sourced-ignore-->`, `[Sourced-Ignore]`.
const markerPattern = /<!--[ \t]*sourced-ignore[ \t]*-->|\[sourced-ignore\]/gi

/** Each line (without its line break) that carries an ignore marker, in text order. */
export function ignoredLineRanges(text: string): Span[] {
  const lines: Span[] = []
  for (const match of text.matchAll(markerPattern)) {
    // A marker before the end of the last line found is on that line (perf: no walk back to its start).
    const last = lines.at(-1)
    if (last && match.index < last.end) continue
    const start = lineStart(text, match.index)
    lines.push({start, end: lineEnd(text, match.index)})
  }
  return lines
}

/** The text with every marker blanked to spaces (same length), so the markers are not read as prose. */
export function blankIgnoreMarkers(text: string): string {
  return text.replace(markerPattern, (marker) => ' '.repeat(marker.length))
}

function lineStart(text: string, offset: number): number {
  let start = offset
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--
  return start
}

function lineEnd(text: string, offset: number): number {
  let end = offset
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++
  return end
}
