// Finds quotations in a paragraph: „…“, "…", »…«, «…», “…”, ''…''. A quotation left
// open at the paragraph's end runs to that end, as news style does when a
// speaker's quote carries on into the next paragraph.
import type {Span} from '../types.js'
import {must} from '../must.js'
import {isLetterOrDigitAt} from '../text/chars.js'

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

const closerFor: Record<string, string> = {
  '„': '“', '“': '”', '»': '«', '«': '»', '"': '"', '”': '”', '‘': '’', '‚': '‘'
}
// ’ is also the apostrophe (`it’s`, `Parise’s`): as a closer it must not stand inside a word.
const singleClosers = new Set(['’', '‘'])

/** Every mark that can open or close a quotation. Perf: the scan jumps from one to the next. */
const marks = /''|["„“”»«‘’‚]/g

/**
 * Two apostrophes stand for a double quotation mark in some newspapers' text (`''We won,'' she said`).
 * Wiki markup leaves them glued to a word (`die'' Koalition''`), so they open only after a space, a
 * bracket or the start and before a letter or digit, and close only after a non-space and before no
 * letter or digit.
 */
const doubleApostrophe = "''"

export function findQuotes(text: string): Quote[] {
  const quotes: Quote[] = []
  // `nested`: a straight mark opened a word inside a German quotation (`„Wir nennen das "Heimat"“`).
  let open: {index: number; closer: string; nested: boolean} | null = null
  marks.lastIndex = 0
  for (let match = marks.exec(text); match; match = marks.exec(text)) {
    const char = match[0]
    // `'unacceptable'''`: a single quote closing inside; the last two apostrophes are the mark.
    const index = char === doubleApostrophe && text[match.index + 2] === "'" ? match.index + 1 : match.index
    if (char === doubleApostrophe) marks.lastIndex = index + 2
    if (open) {
      // Two apostrophes close only their own kind; inside another quotation they are an inner quote.
      if (open.closer === doubleApostrophe || char === doubleApostrophe) {
        if (open.closer === char && endsQuote(text, index, 2)) {
          quotes.push(makeQuote(text, open.index, index + 2, true, 2))
          open = null
        }
        continue
      }
      if (singleClosers.has(open.closer) && char === open.closer && /\p{L}/u.test(text[index + 1] ?? '')) continue
      // Typed text mixes German and straight marks (`„Tod dem Diktator"`, `"Nein“`): a mark of the
      // other kind closes where a quotation ends, so one slip does not quote the rest of the paragraph.
      // A straight mark that opens a word inside „…“ (`„Wir nennen das "Heimat"“`) and its mate are nested.
      if (open.closer === '“' && char === '"' && (open.nested || !endsQuote(text, index))) {
        open.nested = !open.nested
        continue
      }
      // German „…“ closes with “; a stray ” or " also closes what is open.
      const closes =
        char === open.closer ||
        (open.closer === '“' && char === '”') ||
        (open.closer === '”' && char === '"') ||
        (open.closer === '"' && char === '”') ||
        (open.closer === '“' && char === '"') ||
        (open.closer === '"' && char === '“' && endsQuote(text, index))
      if (closes) {
        quotes.push(makeQuote(text, open.index, index + 1, true))
        open = null
      }
      continue
    }
    if (char === '”' || char === '’') continue
    if (char === doubleApostrophe) {
      if (/^[\s([]?$/u.test(text[index - 1] ?? '') && isLetterOrDigitAt(text, index + 2, text.length))
        open = {index, closer: doubleApostrophe, nested: false}
      continue
    }
    // Single quotes open only before a word and after a space or bracket: `‘We won,’` but not `‘90s`.
    const singleOpener = char === '‘' || char === '‚'
    if (singleOpener && (!/^[\s([]?$/u.test(text[index - 1] ?? '') || !/\p{L}/u.test(text[index + 1] ?? ''))) continue
    // A straight quote after a letter closes nothing here and opens nothing: `12"`.
    if (char === '"' && /[\p{L}\p{N}]/u.test(text[index - 1] ?? '') && !/\s/u.test(text[index + 1] ?? ' ')) continue
    // ” and ’ never open (skipped above); every other mark has its closer.
    open = {index, closer: must(closerFor[char], 'an opening mark has a closer'), nested: false}
  }
  if (open) quotes.push(makeQuote(text, open.index, text.length, false, open.closer.length))
  return quotes
}

/**
 * A mark `width` long at `index` stands where a quotation ends: after a word or a stop, before no
 * letter or digit.
 */
function endsQuote(text: string, index: number, width = 1): boolean {
  const before = text.charAt(index - 1)
  if (before === '' || whitespace.test(before) || before === '(' || before === '[') return false
  // A mark at the very end of the text ends a quotation: past the end there is no letter.
  return !isLetterOrDigitAt(text, index + width, text.length)
}

/** `width`: the length of the marks (2 for ''…''). */
function makeQuote(text: string, open: number, end: number, closed: boolean, width = 1): Quote {
  let start = open + width
  let stop = closed ? end - width : end
  while (start < stop && /\s/u.test(text.charAt(start))) start++
  while (stop > start && /\s/u.test(text.charAt(stop - 1))) stop--
  const words = countWords(text, start, stop)
  const speech = words >= 4 || (words >= 2 && /[.!?]/u.test(text.slice(start, stop)))
  return {open, end, content: {start, end: stop}, closed, speech}
}

/**
 * Runs of non-space characters in `text[start…stop)` that hold a letter or digit,
 * counted up to 4 (all `makeQuote` asks). Perf: no split into an array of words.
 */
function countWords(text: string, start: number, stop: number): number {
  let count = 0
  let inWord = false
  let counted = false
  for (let k = start; k < stop && count < 4; k++) {
    if (whitespace.test(text.charAt(k))) {
      inWord = false
      continue
    }
    if (!inWord) {
      inWord = true
      counted = false
    }
    // A surrogate pair is one character, as for the `u` patterns this replaces.
    if (!counted && isLetterOrDigitAt(text, k, stop)) {
      counted = true
      count++
    }
  }
  return count
}

const whitespace = /\s/u

/** Whether `offset` lies inside one of the quotes. */
export function insideQuote(quotes: readonly Quote[], offset: number): Quote | undefined {
  // Perf: a loop, not `find`: called for every token.
  for (const quote of quotes) if (offset > quote.open && offset < quote.end) return quote
  return undefined
}
