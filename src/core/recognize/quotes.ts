// Finds quotations in a paragraph: „…“, "…", »…«, «…», “…”. A quotation left
// open at the paragraph's end runs to that end, as news style does when a
// speaker's quote carries on into the next paragraph.
import type {Span} from '../types.js'

export interface Quote {
  /** Index of the opening mark. */
  open: number
  /** Index just past the closing mark, or the paragraph's end when left open. */
  end: number
  /** The quoted words, without the marks. */
  content: Span
  closed: boolean
  /** Long enough, or a sentence of its own: speech rather than a term in quotes. */
  speech: boolean
}

const closerFor: Record<string, string> = {'„': '“', '“': '”', '»': '«', '«': '»', '"': '"', '”': '”', '‘': '’', '‚': '‘'}
// ’ is also the apostrophe (`it’s`, `Parise’s`): as a closer it must not stand inside a word.
const singleClosers = new Set(['’', '‘'])

export function findQuotes(text: string): Quote[] {
  const quotes: Quote[] = []
  let open: {index: number; closer: string} | null = null
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (!(char in closerFor) && !singleClosers.has(char)) continue
    if (open) {
      if (singleClosers.has(open.closer) && char === open.closer && /\p{L}/u.test(text[index + 1] ?? '')) continue
      // German „…“ closes with “; a stray ” or " also closes what is open.
      if (char === open.closer || (open.closer === '“' && char === '”') || (open.closer === '”' && char === '"') || (open.closer === '"' && char === '”')) {
        quotes.push(makeQuote(text, open.index, index + 1, true))
        open = null
      }
      continue
    }
    if (char === '”' || char === '’') continue
    // Single quotes open only before a word and after a space or bracket: `‘We won,’` but not `‘90s`.
    if ((char === '‘' || char === '‚') && (!/^[\s(\[]?$/u.test(text[index - 1] ?? '') || !/\p{L}/u.test(text[index + 1] ?? ''))) continue
    // A straight quote after a letter closes nothing here and opens nothing: `12"`.
    if (char === '"' && index > 0 && /[\p{L}\p{N}]/u.test(text[index - 1]) && !/\s/u.test(text[index + 1] ?? ' ')) continue
    open = {index, closer: closerFor[char]}
  }
  if (open) quotes.push(makeQuote(text, open.index, text.length, false))
  return quotes
}

function makeQuote(text: string, open: number, end: number, closed: boolean): Quote {
  let start = open + 1
  let stop = closed ? end - 1 : end
  while (start < stop && /\s/u.test(text[start])) start++
  while (stop > start && /\s/u.test(text[stop - 1])) stop--
  const inner = text.slice(start, stop)
  const words = inner.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length
  const speech = words >= 4 || (words >= 2 && /[.!?]/u.test(inner))
  return {open, end, content: {start, end: stop}, closed, speech}
}

/** Whether `offset` lies inside one of the quotes. */
export function insideQuote(quotes: readonly Quote[], offset: number): Quote | undefined {
  return quotes.find((quote) => offset > quote.open && offset < quote.end)
}
