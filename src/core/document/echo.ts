// A figure that repeats a value attributed elsewhere in the article (a headline,
// a teaser) takes that attribution: `named` with `via: echo`.
import type {Figure} from '../types.js'

export function attributeEchoes(figures: Figure[]): void {
  const named = figures.filter((figure) => figure.status === 'named' && figure.via !== 'echo' && echoable(figure))
  // Perf: only a figure with the same value, upper bound and unit can match, so the named ones are looked up by those.
  const byQuantity = new Map<string, Figure[]>()
  for (const other of named) {
    const list = byQuantity.get(quantityKey(other))
    if (list) list.push(other)
    else byQuantity.set(quantityKey(other), [other])
  }
  for (const figure of figures) {
    if (figure.status !== 'none' || !echoable(figure)) continue
    const match = (byQuantity.get(quantityKey(figure)) ?? []).find((other) => other !== figure && sameQuantity(figure, other))
    if (!match) continue
    figure.status = 'named'
    figure.source = match.source
    figure.via = 'echo'
    figure.claim = match.claim
  }
}

/** Vague magnitudes and hyphenated modifiers (`10-game`) repeat nothing. */
function echoable(figure: Figure): boolean {
  return figure.value !== null && !figure.vague && !isHyphenatedWord(figure.text) && figure.unit !== 'times'
}

/** `/^\S+-\S+$/` without its backtracking (quadratic on a long text with many hyphens and a space). */
function isHyphenatedWord(text: string): boolean {
  return !/\s/u.test(text) && text.slice(1, -1).includes('-')
}

const quantityKey = (figure: Figure) => `${figure.value}\u0000${figure.valueMax}\u0000${figure.unit}`

function sameQuantity(a: Figure, b: Figure): boolean {
  if (a.value !== b.value || a.valueMax !== b.valueMax || a.unit !== b.unit) return false
  if (a.noun && b.noun) return stemNoun(a.noun) === stemNoun(b.noun)
  // A small bare count recurs by chance (`two`); it echoes only with its noun. A large one is distinctive.
  return a.unit !== null || (a.value ?? 0) >= 100
}

const stemNoun = (noun: string) => noun.toLowerCase().replace(/(?:en|es|e|n|s)$/u, '')
