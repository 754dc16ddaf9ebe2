// Coordinated source phrases: several sources named together as the subject of
// one reporting verb (`teilten Polizei, Zoll und Staatsanwaltschaft mit`,
// `The Harbor Authority and the City Council said`). GUIDELINES, Sources: they
// speak jointly; the document pass decides whether they are one source.
import {endsWithAny, type Lexicon} from '../lexicon/index.js'
import {must} from '../must.js'
import {isCapitalized, type Token} from '../text/tokens.js'
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
    if (closing) return genitiveList(tokens, list, lexicon) ? [phrase] : list
    k = next.last + 1
  }
  return [phrase]
}

/**
 * `Die Außenminister Frankreichs, Italiens und Österreichs`: the first phrase ends in a name in the genitive
 * (by the lexicon's endings) right after its noun, and the rest are single names: they are coordinated
 * genitives of that noun, not joint speakers.
 */
function genitiveList(tokens: readonly Token[], list: readonly SourcePhrase[], lexicon: Lexicon): boolean {
  const [lead, ...rest] = list
  if (!lead || lead.last <= lead.first || rest.length === 0) return false
  const name = must(tokens[lead.last], 'a phrase lies within its sentence')
  const noun = must(tokens[lead.last - 1], 'the phrase has two words')
  return (
    isCapitalized(name) &&
    endsWithAny(name.lower, lexicon.genitiveNameEndings) &&
    noun.kind === 'word' &&
    !lexicon.determiners.has(noun.lower) &&
    rest.every((conjunct) => conjunct.first === conjunct.last && isCapitalized(must(tokens[conjunct.first], 'in')))
  )
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
  if (list.length > 1 && genitiveList(tokens, list, lexicon)) return [must(list[0], 'a list has a first')]
  return list.length > 1 ? list : [phrase]
}
