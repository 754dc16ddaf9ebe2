// A figure that repeats a value attributed elsewhere in the article (a headline,
// a teaser) takes that attribution: `named` with `via: echo`.
import type {Figure} from '../types.js'

export function attributeEchoes(figures: Figure[]): void {
  const named = figures.filter(
    (figure) => figure.status === 'named' && figure.via !== 'echo' && (echoable(figure) || figure.vague)
  )
  // Perf: only a figure with the same value, upper bound and unit can match, so the named ones are looked up by those.
  const byQuantity = new Map<string, Figure[]>()
  for (const other of named) {
    const list = byQuantity.get(quantityKey(other))
    if (list) list.push(other)
    else byQuantity.set(quantityKey(other), [other])
  }
  for (const figure of figures) {
    if (figure.status !== 'none' || !(echoable(figure) || figure.vague)) continue
    const candidates = byQuantity.get(quantityKey(figure)) ?? []
    const match = figure.vague
      ? candidates.find((other) => other !== figure && sameVagueMagnitude(figure, other))
      : candidates.find((other) => other !== figure && sameQuantity(figure, other))
    if (!match) continue
    figure.status = 'named'
    figure.source = match.source
    figure.via = 'echo'
    figure.claim = match.claim
  }
}

/**
 * A figure with a value. A hyphenated modifier (`a 10-game stretch`) counts its noun like any
 * other figure; vague magnitudes echo by their words instead (`sameVagueMagnitude`).
 */
function echoable(figure: Figure): boolean {
  return figure.value !== null && !figure.vague && figure.unit !== 'times'
}

/** `thousands of customers` repeats `thousands of customers`: a vague magnitude echoes only the same words and noun. */
function sameVagueMagnitude(a: Figure, b: Figure): boolean {
  return (
    b.vague && a.noun !== null && b.noun !== null && sameNoun(a.noun, b.noun) && magnitudeWords(a) === magnitudeWords(b)
  )
}

/** The figure's words before its noun, in lower case: `Thousands of` and `thousands of` are one magnitude. */
const magnitudeWords = (figure: Figure) => {
  const lower = figure.text.toLowerCase()
  const noun = (figure.noun ?? '').toLowerCase()
  return lower.endsWith(noun) ? lower.slice(0, -noun.length) : lower
}

const quantityKey = (figure: Figure) => `${figure.value}\u0000${figure.valueMax}\u0000${figure.unit}`

function sameQuantity(a: Figure, b: Figure): boolean {
  if (a.value !== b.value || a.valueMax !== b.valueMax || a.unit !== b.unit) return false
  if (a.noun && b.noun) return sameNoun(a.noun, b.noun)
  // A small bare count recurs by chance (`two`); it echoes only with its noun. A large one is distinctive.
  return a.unit !== null || (a.value ?? 0) >= 100
}

const stemNoun = (noun: string) => noun.toLowerCase().replace(/(?:en|es|e|n|s)$/u, '')

/** One noun in either number: `game` and `games` (a plural ending cut from one may leave the other whole). */
function sameNoun(a: string, b: string): boolean {
  const x = a.toLowerCase()
  const y = b.toLowerCase()
  return stemNoun(x) === stemNoun(y) || stemNoun(x) === y || x === stemNoun(y)
}
