// Paragraph and sentence boundaries. A paragraph (text between blank lines)
// is the unit of analysis and of caching; sentences come from retext-latin,
// mended where its splitter stops at an abbreviation (`5 Mio. Euro`).
import type {Span} from '../types.js'

/**
 * The longest paragraph analysed in one piece (UTF-16 code units). No news paragraph
 * comes near it; a longer run (an article without blank lines, a megabyte on one
 * line, garbage) is cut into pieces, so work that grows with the size of a paragraph
 * (retext's sentence merging, quote and speaker matching) stays bounded and the
 * whole analysis linear.
 */
export const maxParagraphLength = 10_000

/** A blank line: a line break, then only spaces or tabs, then another line break. */
const paragraphBreak = /\r?\n[ \t\f\v\u00a0]*(?:\r?\n|\r)|\r[ \t]*\r/

/** Whether the text between two paragraphs holds a blank line (else they are pieces of one over-long paragraph). */
export function isParagraphBreak(between: string): boolean {
  return paragraphBreak.test(between)
}

/** Spans of the paragraphs: runs of text separated by blank lines, trimmed; over-long ones in pieces. */
export function splitParagraphs(text: string): Span[] {
  const spans: Span[] = []
  const blank = new RegExp(paragraphBreak.source, 'g')
  let start = 0
  const push = (from: number, to: number) => {
    let s = from
    let e = to
    while (s < e && /\s/u.test(text.charAt(s))) s++
    while (e > s && /\s/u.test(text.charAt(e - 1))) e--
    if (e - s > maxParagraphLength) {
      const cut = cutPoint(text, s, s + maxParagraphLength)
      push(s, cut)
      push(cut, e)
    } else if (e > s) spans.push({start: s, end: e})
  }
  for (let match = blank.exec(text); match; match = blank.exec(text)) {
    push(start, match.index)
    start = match.index + match[0].length
  }
  push(start, text.length)
  return spans
}

/**
 * Where to cut an over-long paragraph in (from + limit/2, limit]: after the last line
 * break there, else after the last sentence end (`.`, `!`, `?`, `…` before a space),
 * else at the last space, else at `limit` (never inside a surrogate pair).
 */
function cutPoint(text: string, from: number, limit: number): number {
  const floor = from + Math.floor((limit - from) / 2)
  let space = -1
  let sentenceEnd = -1
  for (let at = limit; at > floor; at--) {
    const char = text.charAt(at - 1)
    if (char === '\n' || char === '\r') return at
    if (sentenceEnd < 0 && /\s/u.test(text[at] ?? '') && /[.!?…]/u.test(char)) sentenceEnd = at
    if (space < 0 && /\s/u.test(char)) space = at
  }
  if (sentenceEnd > 0) return sentenceEnd
  if (space > 0) return space
  const code = text.charCodeAt(limit - 1)
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit
}

const whitespace = /\s/u

/**
 * Whether retext's sentence `next` goes on the sentence `previous` (both relative
 * to the paragraph `text`): retext ends a sentence at the full stop of an
 * abbreviation or initials (`5 Mio. Euro`), or before a lower-case word.
 */
export function continuesSentence(
  text: string,
  previous: Span,
  next: Span,
  abbreviations: ReadonlySet<string>
): boolean {
  // The last word of the sentence before, read backwards: a merged sentence can be
  // long, and `/(\S+)$/` would rescan all of it at every boundary (quadratic).
  let wordStart = previous.end
  while (wordStart > previous.start && !whitespace.test(text.charAt(wordStart - 1))) wordStart--
  const lastWord = text.slice(wordStart, previous.end)
  if (abbreviations.has(lastWord) || /^(?:\p{Lu}\.)+$/u.test(lastWord)) return true
  // A sentence never starts in lower case or with a closing mark.
  const first = text.slice(next.start, next.start + 1)
  return /^[\p{Ll},;)\]]/u.test(first)
}
