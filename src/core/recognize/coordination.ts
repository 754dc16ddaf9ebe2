// Coordinated source phrases: several sources named together as the subject of
// one reporting verb (`teilten Polizei, Zoll und Staatsanwaltschaft mit`,
// `The Harbor Authority and the City Council said`). GUIDELINES, Sources: they
// speak jointly; the document pass decides whether they are one source.
import type {Lexicon} from '../lexicon/index.js'
import {must} from '../must.js'
import type {Token} from '../text/tokens.js'
import {readLeft, readRight, type SourcePhrase} from './noun-phrase.js'

/**
 * A phrase that can be one of several joint speakers: a name, an institution, an
 * office; no vague group, no pronoun.
 */
function isConjunct(phrase: SourcePhrase | null): phrase is SourcePhrase {
  return phrase !== null && phrase.kind === 'named' && phrase.strength >= 2
}

/**
 * The phrases coordinated after `phrase`, itself first: `A, B und C`, `A and B`.
 * Only a list closed by a coordinating conjunction counts (commas alone may set off
 * an apposition or open a clause); without one, `[phrase]`. `commas: false` admits
 * only `A und B`, for a place where a comma may open what was said.
 */
export function conjunctsAfter(
  tokens: readonly Token[],
  phrase: SourcePhrase,
  lexicon: Lexicon,
  commas = true,
  limit = tokens.length
): SourcePhrase[] {
  const list = [phrase]
  let k = phrase.last + 1
  while (k < limit) {
    const link = must(tokens[k], 'k < limit <= tokens.length')
    const closing = lexicon.coordinators.has(link.lower)
    if (!closing && !(commas && link.text === ',')) break
    const next = readRight(tokens, k + 1, lexicon, limit)
    if (!isConjunct(next) || next.first !== k + 1) break
    list.push(next)
    if (closing) return list
    k = next.last + 1
  }
  return [phrase]
}

/**
 * The phrases coordinated before `phrase`, which stands last (a subject read
 * leftwards from its verb): `A, B und C sagten`.
 */
export function conjunctsBefore(
  tokens: readonly Token[],
  phrase: SourcePhrase,
  lexicon: Lexicon,
  floor = 0
): SourcePhrase[] {
  const link = tokens[phrase.first - 1]
  if (!link || phrase.first - 1 <= floor || !lexicon.coordinators.has(link.lower)) return [phrase]
  const list = [phrase]
  let at = phrase.first - 1
  for (;;) {
    const previous = readLeft(tokens, at, lexicon, floor)
    if (!isConjunct(previous) || previous.last !== at - 1) break
    list.unshift(previous)
    const comma = tokens[previous.first - 1]
    if (comma?.text !== ',' || previous.first - 1 <= floor) break
    at = previous.first - 1
  }
  return list.length > 1 ? list : [phrase]
}
