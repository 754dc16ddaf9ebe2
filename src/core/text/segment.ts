// Paragraph and sentence boundaries. A paragraph (text between blank lines)
// is the unit of analysis and of caching; sentences come from retext-latin,
// mended where its splitter stops at an abbreviation (`5 Mio. Euro`).
import type {Root, Sentence} from 'nlcst'
import {visit} from 'unist-util-visit'
import type {Span} from '../types.js'

/** Spans of the paragraphs: runs of text separated by blank lines, trimmed. */
export function splitParagraphs(text: string): Span[] {
  const spans: Span[] = []
  const blank = /\r?\n[ \t\f\v\u00a0]*(?:\r?\n|\r)|\r[ \t]*\r/g
  let start = 0
  const push = (from: number, to: number) => {
    let s = from
    let e = to
    while (s < e && /\s/u.test(text[s])) s++
    while (e > s && /\s/u.test(text[e - 1])) e--
    if (e > s) spans.push({start: s, end: e})
  }
  for (let match = blank.exec(text); match; match = blank.exec(text)) {
    push(start, match.index)
    start = match.index + match[0].length
  }
  push(start, text.length)
  return spans
}

/** Sentence spans (relative to the paragraph) from a retext tree of that paragraph. */
export function sentenceSpans(tree: Root, paragraph: string, abbreviations: ReadonlySet<string>): Span[] {
  const raw: Span[] = []
  visit(tree, 'SentenceNode', (node: Sentence) => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start !== undefined && end !== undefined && end > start) raw.push({start, end})
    return 'skip'
  })
  const merged: Span[] = []
  for (const span of raw) {
    const previous = merged.at(-1)
    if (previous && continuesSentence(paragraph, previous, span, abbreviations)) previous.end = span.end
    else merged.push({...span})
  }
  return merged
}

const whitespace = /\s/u

function continuesSentence(text: string, previous: Span, next: Span, abbreviations: ReadonlySet<string>): boolean {
  // The last word of the sentence before, read backwards: a merged sentence can be
  // long, and `/(\S+)$/` would rescan all of it at every boundary (quadratic).
  let wordStart = previous.end
  while (wordStart > previous.start && !whitespace.test(text[wordStart - 1])) wordStart--
  const lastWord = text.slice(wordStart, previous.end)
  if (abbreviations.has(lastWord) || /^(?:\p{Lu}\.)+$/u.test(lastWord)) return true
  // A sentence never starts in lower case or with a closing mark.
  const first = text.slice(next.start, next.start + 1)
  return /^[\p{Ll},;)\]]/u.test(first)
}
