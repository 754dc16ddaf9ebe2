// Recognises figures in one sentence's tokens: numbers in digits or words with
// their scale, unit, range and counted noun, and vague magnitudes. Dates, times,
// years, ages, durations, ordinals and numbers inside names are left out
// (GUIDELINES.md, "Figures").
import {endsWithAny as endsInAny, isClosedClass, perLexicon, type Lexicon} from '../lexicon/index.js'
import type {Figure} from '../types.js'
import {must} from '../must.js'
import {isCapitalized, isLowerWord, longestPhrase, type Token} from '../text/tokens.js'
import {isOneWordVerbForm} from './verbs.js'

/** A figure as one sentence shows it, before any attribution. */
export type FoundFigure = Pick<
  Figure,
  'start' | 'end' | 'value' | 'valueMax' | 'unit' | 'noun' | 'vague' | 'approximate'
>

const currencySymbols = new Set(['$', '€', '£', '¥'])
// Perf: patterns used per token are made once, not at every evaluation of a literal.
const plainDigits = /^\d+$/
/** `3:1`, `24/7`: a score or ratio, no count. */
const ratio = /[:/]/
const groupedDigits = /^\d{1,3}(?:[.,]\d{3})+$/

export function findFigures(tokens: readonly Token[], lexicon: Lexicon): FoundFigure[] {
  const figures: FoundFigure[] = []
  const starts = figureStarts(lexicon)
  // Token index ranges [first, last) where a figure comes before its counted noun is known.
  const read: Array<{first: number; next: number}> = []
  let hypotheticalUntil = -1
  let i = 0
  while (i < tokens.length) {
    if (i >= hypotheticalUntil && opensHypothesis(tokens, i, lexicon)) hypotheticalUntil = clauseEnd(tokens, i)
    const found = mayStartFigure(must(tokens[i], 'i < tokens.length'), starts) ? figureAt(tokens, i, lexicon) : null
    if (found) {
      // A quantity in a clause that states no fact (`Wenn drei Leute kommen`) is no figure.
      const rate = denominator(tokens, found.next, lexicon)
      if (rate) {
        found.figure.end = rate.figure.end
        found.next = rate.next
      }
      if (i >= hypotheticalUntil) {
        figures.push(found.figure)
        read.push({first: i, next: found.next})
      }
      i = found.next
    } else {
      i++
    }
  }
  takeElidedUnits(tokens, figures, read, lexicon)
  return figures
}

/** `je eine Million Einwohner`, `per $1,000` right after a figure: its denominator, part of one rate. */
function denominator(tokens: readonly Token[], at: number, lexicon: Lexicon): Match | null {
  const used = longestPhrase(tokens, at, lexicon.rates)
  if (!used) return null
  let start = at + used
  if (currencySymbols.has(tokens[start]?.text ?? '')) start++
  return start < tokens.length ? figureAt(tokens, start, lexicon) : null
}

const clauseMarks = new Set([',', ';', ':', '–', '—'])

/** `wenn`, `falls`, `if`, not after a concessive word (`auch wenn` states a fact). */
function opensHypothesis(tokens: readonly Token[], i: number, lexicon: Lexicon): boolean {
  return (
    lexicon.hypothetical.has(must(tokens[i], 'i < tokens.length').lower) &&
    !lexicon.concessive.has(tokens[i - 1]?.lower ?? '')
  )
}

/** The index of the clause mark that ends the clause opened at `i`, or the sentence's end. */
function clauseEnd(tokens: readonly Token[], i: number): number {
  for (let k = i + 1; k < tokens.length; k++) if (clauseMarks.has(must(tokens[k], 'k < tokens.length').text)) return k
  return tokens.length
}

/**
 * A bare number listed after a figure with a unit takes that unit: `Bus fares rise
 * 9 percent, rail 4`. Only across a comma or a conjunction and a word or two, so a
 * change's new level (`fell 5 percent to 1,200`) keeps no unit of its own.
 */
function takeElidedUnits(
  tokens: readonly Token[],
  figures: FoundFigure[],
  read: ReadonlyArray<{first: number; next: number}>,
  lexicon: Lexicon
): void {
  for (let f = 1; f < figures.length; f++) {
    const figure = must(figures[f], 'f < figures.length')
    const before = must(figures[f - 1], 'f >= 1')
    if (figure.unit !== null || figure.noun !== null || figure.vague || figure.value === null) continue
    if (before.unit === null || before.unit === 'times' || before.unit === 'share') continue
    // `read` holds where each of `figures` was read, in the same order.
    const {first, next} = must(read[f], 'read is as long as figures')
    const gap = tokens.slice(must(read[f - 1], 'read is as long as figures').next, first)
    if (
      gap.length === 0 ||
      gap.length > 3 ||
      !gap.some((token) => token.text === ',' || lexicon.conjunctions.has(token.lower))
    )
      continue
    const after = tokens[next]
    if (after && after.kind !== 'punct' && !lexicon.conjunctions.has(after.lower)) continue
    figure.unit = before.unit
  }
}

interface Match {
  figure: FoundFigure
  next: number
}

function figureAt(tokens: readonly Token[], i: number, lexicon: Lexicon): Match | null {
  return (
    vagueQuantified(tokens, i, lexicon) ??
    vagueMagnitude(tokens, i, lexicon) ??
    distributive(tokens, i, lexicon) ??
    articleFraction(tokens, i, lexicon) ??
    articleUnit(tokens, i, lexicon) ??
    multiplicative(tokens, i, lexicon) ??
    numeric(tokens, i, lexicon)
  )
}

/**
 * Whether any reader in `figureAt` can start at `token`. Perf: most tokens start
 * no figure, and one look-up passes them over instead of six readers.
 */
function mayStartFigure(token: Token, starts: ReadonlySet<string>): boolean {
  if (token.kind === 'number' || starts.has(token.lower)) return true
  // A hyphenated word, which `readNumber` reads by its first part (`two-goal`).
  return token.kind === 'word' && firstHyphen(token.lower) >= 0
}

/** Every word a reader in `figureAt` tests the first token for; it must grow with them. */
const figureStarts = perLexicon(
  (lexicon) =>
    new Set<string>([
      ...lexicon.quantifiers.map((words) => must(words[0], 'a quantifier has a word')),
      ...lexicon.vagueMagnitudes.keys(),
      ...lexicon.magnitudeMultiples,
      ...lexicon.distributives,
      ...lexicon.shareOpeners,
      ...lexicon.bareFractions,
      ...lexicon.indefinites,
      ...lexicon.fractionArticles,
      ...lexicon.multiplicatives.keys(),
      ...lexicon.cardinals.keys(),
      ...lexicon.fractions.keys()
    ])
)

/** `mehrere Tausend`, `several hundred`, `ein paar Tausend`. */
function vagueQuantified(tokens: readonly Token[], i: number, lexicon: Lexicon): Match | null {
  const used = longestPhrase(tokens, i, lexicon.quantifiers)
  if (!used) return null
  // `a few percent`, `einige Prozent`: a vague share.
  const unit = readUnit(tokens, i + used, lexicon)
  if (unit && (unit.unit === 'percent' || unit.unit === 'percentage-points'))
    return finish(tokens, i, unit.next, lexicon, {value: null, valueMax: null, unit: unit.unit, vague: true})
  const scale = tokens[i + used]
  if (!scale || !lexicon.scales.has(scale.lower) || scale.lower.length < 3) return null
  let next = i + used + 1
  if (lexicon.magnitudeLinks.has(tokens[next]?.lower ?? '')) next++
  return finish(tokens, i, next, lexicon, {value: null, valueMax: null, unit: null, vague: true})
}

/** `Tausende`, `Hunderttausenden`, `thousands of`, `tens of thousands`. */
function vagueMagnitude(tokens: readonly Token[], i: number, lexicon: Lexicon): Match | null {
  const token = must(tokens[i], 'i < tokens.length')
  if (token.kind !== 'word') return null
  let start = i
  let at = i
  if (
    lexicon.magnitudeMultiples.has(token.lower) &&
    lexicon.magnitudeLinks.has(tokens[i + 1]?.lower ?? '') &&
    lexicon.vagueMagnitudes.has(tokens[i + 2]?.lower ?? '')
  ) {
    at = i + 2
  } else if (!lexicon.vagueMagnitudes.has(token.lower)) {
    return null
  }
  // Where nouns are capitalised so are magnitudes: `Tausende`, but `millionen` is no word on its own.
  const magnitude = must(tokens[at], 'the magnitude word was read')
  if (lexicon.capitalisedNouns && !isCapitalized(magnitude)) return null
  // `scores of people`, but `Test scores fell`.
  if (lexicon.linkedOnly.has(magnitude.lower) && !lexicon.magnitudeLinks.has(tokens[at + 1]?.lower ?? '')) return null
  // `Millionen` after a number belongs to that number (handled by `numeric`).
  const before = tokens[start - 1]
  if (before && (before.kind === 'number' || lexicon.cardinals.has(before.lower))) return null
  let next = at + 1
  if (lexicon.magnitudeLinks.has(tokens[next]?.lower ?? '')) next++
  start = i
  return finish(tokens, start, next, lexicon, {value: null, valueMax: null, unit: null, vague: true})
}

/** `jeder Vierte`, `jeden dritten Punkt`, `every third`, `one in four`. */
function distributive(tokens: readonly Token[], i: number, lexicon: Lexicon): Match | null {
  const token = must(tokens[i], 'i < tokens.length')
  const ordinal = tokens[i + 1]
  if (lexicon.distributives.has(token.lower) && ordinal && lexicon.ordinals.has(ordinal.lower)) {
    const value = 1 / (lexicon.ordinals.get(ordinal.lower) ?? 1)
    return finish(tokens, i, i + 2, lexicon, {value, valueMax: null, unit: 'share', vague: false})
  }
  const of = tokens[i + 1]
  const whole = tokens[i + 2]
  if (
    lexicon.shareOpeners.has(token.lower) &&
    of &&
    lexicon.shareLinks.has(of.lower) &&
    whole &&
    (whole.kind === 'number' || lexicon.cardinals.has(whole.lower))
  ) {
    const denominator = whole.kind === 'number' ? parseNumber(whole.text, lexicon) : lexicon.cardinals.get(whole.lower)
    if (!denominator) return null
    return finish(tokens, i, i + 3, lexicon, {value: 1 / denominator, valueMax: null, unit: 'share', vague: false})
  }
  return null
}

/** `ein Drittel`, `die Hälfte`, `a third of`, `half of`: a share without a count before it. */
function articleFraction(tokens: readonly Token[], i: number, lexicon: Lexicon): Match | null {
  const token = must(tokens[i], 'i < tokens.length')
  const next = tokens[i + 1]
  if (lexicon.bareFractions.has(token.lower)) {
    const linked = lexicon.fractionLinks.has(next?.lower ?? '')
    // `just under half voted`: an approximator makes the bare fraction a share (`half an hour` stays a duration).
    const approximated =
      endsWithAny(tokens, i, lexicon.approximators) &&
      !lexicon.indefinites.has(next?.lower ?? '') &&
      !lexicon.timeNouns.has(next?.lower ?? '')
    if (linked || approximated) {
      const value = lexicon.fractions.get(token.lower) ?? null
      return finish(tokens, i, i + 1, lexicon, {value, valueMax: null, unit: 'share', vague: false})
    }
  }
  if (
    !next ||
    !lexicon.fractions.has(next.lower) ||
    !(lexicon.indefinites.has(token.lower) || lexicon.fractionArticles.has(token.lower))
  )
    return null
  // `die Hälfte`, but `die Drittel` is no share; some languages need a link after it (`a third of`).
  if (lexicon.fractionArticles.has(token.lower) && !lexicon.definiteFractions.has(next.lower)) return null
  if (lexicon.fractionLinks.size > 0 && !lexicon.fractionLinks.has(tokens[i + 2]?.lower ?? '')) return null
  if (lexicon.capitalisedNouns && !isCapitalized(next)) return null
  return finish(tokens, i, i + 2, lexicon, {
    value: lexicon.fractions.get(next.lower) ?? null,
    valueMax: null,
    unit: 'share',
    vague: false
  })
}

/**
 * `einen Prozentpunkt`, `einem Euro`, `eine Million Menschen`, `one percent`: the
 * article is the number one before a unit or a scale; before any other noun it is
 * an article (`ein Sprecher`, `a spokesperson`).
 */
function articleUnit(tokens: readonly Token[], i: number, lexicon: Lexicon): Match | null {
  if (!lexicon.indefinites.has(must(tokens[i], 'i < tokens.length').lower)) return null
  let value = 1
  let next = i + 1
  const scale = tokens[next]
  if (scale && lexicon.scales.has(scale.lower) && scale.lower.length >= 3 && !lexicon.gluedScales.has(scale.lower)) {
    // Where nouns are capitalised a scale noun is too (`eine Million`, but `ein tausend…` is no phrase).
    if (lexicon.capitalisedNouns && !isCapitalized(scale)) return null
    value = lexicon.scales.get(scale.lower) ?? 1
    next++
  }
  // A unit word, not a symbol that opens a number (`a $1.5 million ad`).
  const unit = tokens[next]?.kind === 'word' ? readUnit(tokens, next, lexicon) : null
  if (unit) next = unit.next
  else if (next === i + 1) return null
  const substance = unit?.measure ? measured(tokens, next, lexicon) : null
  if (unit && substance)
    return finish(tokens, i, substance.next, lexicon, {
      value,
      valueMax: null,
      unit: unit.unit,
      vague: false,
      noun: substance.noun
    })
  // `ein Euro-Land`, `a hundred years`: a unit that opens a compound, a duration.
  const after = tokens[next]
  if (
    after &&
    ((after.text === '-' && !after.spaced) ||
      (!unit && lexicon.timeNouns.has(after.lower) && !isStatistic(tokens, i, lexicon)))
  )
    return null
  return finish(tokens, i, next, lexicon, {value, valueMax: null, unit: unit?.unit ?? null, vague: false})
}

/** `twice`, `zweimal`, and `once` after a focus word (`just once`). */
function multiplicative(tokens: readonly Token[], i: number, lexicon: Lexicon): Match | null {
  const token = must(tokens[i], 'i < tokens.length')
  const value = lexicon.multiplicatives.get(token.lower)
  if (value === undefined || token.kind !== 'word') return null
  if (lexicon.focusedOnly.has(token.lower) && !lexicon.focus.some((words) => endsWith(tokens, i, words))) return null
  return {
    figure: {
      start: token.start,
      end: token.end,
      value,
      valueMax: null,
      unit: 'times',
      noun: null,
      vague: false,
      approximate: false
    },
    next: i + 1
  }
}

interface Partial {
  value: number | null
  valueMax: number | null
  unit: string | null
  vague: boolean
  /** A noun already read as part of the figure (`10-game`). */
  noun?: string
}

/** A number in digits or words, with currency, scale, unit, range and noun. */
function numeric(tokens: readonly Token[], i: number, lexicon: Lexicon): Match | null {
  const token = must(tokens[i], 'i < tokens.length')
  let start = i
  let unit: string | null = null
  const before = tokens[i - 1]
  if (before && currencySymbols.has(before.text) && !token.spaced) {
    unit = lexicon.currencies.get(before.lower) ?? null
    start = i - 1
    if (lexicon.currencyPrefixes.has(tokens[i - 2]?.lower ?? '') && !before.spaced) start = i - 2
  }
  const number = readNumber(tokens, i, lexicon)
  if (!number) return null
  // `3:1`, `24/7`: a score or a schedule, no count.
  if (token.kind === 'number' && ratio.test(token.text)) return null
  if (!unit && isNotAFigure(tokens, i, number.next, lexicon)) return null
  let {value} = number
  let next = number.next
  let valueMax: number | null = null
  // `10-game`, `20-year-old` is caught above as an age: the hyphenated noun is part of the figure.
  const hyphen = tokens[next]
  const compound = tokens[next + 1]
  if (hyphen?.text === '-' && !hyphen.spaced && compound?.kind === 'word' && !compound.spaced) {
    return finish(tokens, start, next + 2, lexicon, {value, valueMax, unit, vague: false, noun: compound.text})
  }
  // Scale: `acht Millionen`, `5 Mio.`, `$2bn`, `17.3 million`.
  let scaled = false
  const scaleWord = tokens[next]
  const scale = scaleWord ? lexicon.scales.get(scaleWord.lower) : undefined
  if (
    scaleWord &&
    scale !== undefined &&
    value !== null &&
    !(lexicon.gluedScales.has(scaleWord.lower) && scaleWord.spaced)
  ) {
    value *= scale
    next++
    scaled = true
  }
  // Range or an adjacent second number: `10 bis 12`, `10-12`, `nine 10 games`.
  const range = readRangeEnd(tokens, next, lexicon)
  if (range) {
    const link = must(tokens[next], 'a range starts at its link')
    const dashed = link.kind === 'punct'
    // `800-477-4747`: a code; `won 4-1`: a score (a range runs upwards).
    if (dashed && isGluedDash(tokens[range.next]) && tokens[range.next + 1]?.kind === 'number') return null
    if (dashed && value !== null && range.value !== null && range.value < value) return null
    // `fell from 120 to 90`: a change, two figures; the first ends before the link.
    if (link.kind === 'word' && !lexicon.cardinals.has(link.lower) && isChange(tokens, start, lexicon))
      return finish(tokens, start, next, lexicon, {value, valueMax, unit, vague: false})
    valueMax = range.value
    next = range.next
    // `10 to 12 million`, `60-70 crore`: a scale after the range's end scales its start too.
    const endScale = lexicon.scales.get(tokens[next - 1]?.lower ?? '')
    if (!scaled && endScale !== undefined && value !== null && tokens[next - 1]?.kind === 'word') value *= endScale
  }
  const after = readUnit(tokens, next, lexicon)
  if (after) {
    unit = unit ?? after.unit
    next = after.next
    const substance = after.measure ? measured(tokens, next, lexicon) : null
    if (substance)
      return finish(tokens, start, substance.next, lexicon, {value, valueMax, unit, vague: false, noun: substance.noun})
  }
  // A duration that is a statistic (`79,5 Jahren`) counts its time noun; any other was left out above.
  const timeNoun = tokens[next]
  if (!unit && timeNoun && lexicon.timeNouns.has(timeNoun.lower))
    return finish(tokens, start, next + 1, lexicon, {value, valueMax, unit, vague: false, noun: timeNoun.text})
  if (!unit && lexicon.times.has(tokens[next]?.lower ?? '')) {
    unit = 'times'
    next++
  }
  // A fraction after a count: `zwei Drittel`, `three quarters`.
  const fractionWord = tokens[next]
  const fraction = fractionWord ? lexicon.fractions.get(fractionWord.lower) : undefined
  if (!unit && fraction !== undefined && value !== null) {
    value *= fraction
    unit = 'share'
    next++
  }
  return finish(tokens, start, next, lexicon, {value, valueMax, unit, vague: false})
}

const isGluedDash = (token: Token | undefined) =>
  !!token && (token.text === '-' || token.text === '–' || token.text === '/') && !token.spaced

/**
 * `from 120 to 90`: a change from one value to another, not a range (`ranging from`
 * keeps the range). Without its opener `458 to 359` is a tally and stays one figure.
 */
function isChange(tokens: readonly Token[], start: number, lexicon: Lexicon): boolean {
  let at = start
  for (const words of lexicon.approximators) {
    if (endsWith(tokens, at, words)) {
      at -= words.length
      break
    }
  }
  const opener = tokens[at - 1]
  return !!opener && lexicon.changeOpeners.has(opener.lower) && !lexicon.rangeVerbs.has(tokens[at - 2]?.lower ?? '')
}

interface NumberRead {
  value: number | null
  next: number
  /** Digits written without separators or decimals. */
  plain: boolean
  compoundNoun: string | null
}

function readNumber(tokens: readonly Token[], i: number, lexicon: Lexicon): NumberRead | null {
  const token = must(tokens[i], 'a number is read where a token stands')
  if (token.kind === 'number') {
    if (ratio.test(token.text)) return {value: null, next: i + 1, plain: false, compoundNoun: null}
    return {
      value: parseNumber(token.text, lexicon),
      next: i + 1,
      plain: plainDigits.test(token.text),
      compoundNoun: null
    }
  }
  if (token.kind !== 'word') return null
  // Perf: the first part is looked up before the word is split; most words are no number.
  const hyphen = firstHyphen(token.lower)
  const head = hyphen < 0 ? token.lower : token.lower.slice(0, hyphen)
  const cardinal = lexicon.cardinals.get(head) ?? lexicon.fractions.get(head)
  if (cardinal === undefined) return null
  // Where nouns are capitalised, a capitalised number word inside a sentence is a noun (`die Drei`).
  if (lexicon.capitalisedNouns && isCapitalized(token) && i > 0) return null
  if (hyphen >= 0) {
    const parts = token.lower.split(/[-‐]/)
    // `two-goal`, `three-game`, `quarter-point`; not `two-on-one`, `three-year`.
    if (parts.some((part) => lexicon.hyphenLinks.has(part) || lexicon.timeNouns.has(part))) return null
    const rest = parts.slice(1)
    const second = must(rest[0], 'a word with a hyphen has a part after it')
    const tail = lexicon.cardinals.get(second)
    if (tail !== undefined && tail < 10)
      return {value: cardinal + tail, next: i + 1, plain: false, compoundNoun: rest.slice(1).join('-') || null}
    if (lexicon.fractions.has(second))
      return {value: cardinal * (lexicon.fractions.get(second) ?? 1), next: i + 1, plain: false, compoundNoun: null}
    return {value: cardinal, next: i + 1, plain: false, compoundNoun: rest.join('-')}
  }
  // A bare fraction word is no count (`half the team`); it needs a number before it.
  if (!lexicon.cardinals.has(head)) return null
  return {value: cardinal, next: i + 1, plain: false, compoundNoun: null}
}

/** Index of the first `-` or `‐` in `word`, or -1. Perf: one loop, cheaper than two `indexOf` on short words. */
function firstHyphen(word: string): number {
  for (let k = 0; k < word.length; k++) {
    const code = word.charCodeAt(k)
    if (code === 0x2d || code === 0x2010) return k
  }
  return -1
}

/** Parses digits with the lexicon's separators: `12.000` (de) or `12,000` (en). */
export function parseNumber(text: string, lexicon: Lexicon): number | null {
  // Perf: plain digits, the common case, need no separators handled.
  if (plainDigits.test(text)) {
    const value = Number(text)
    return Number.isFinite(value) ? value : null
  }
  const compact = text.replace(/[\u00a0\u202f\u2009' ]/g, '')
  const decimal = lexicon.decimalSeparator
  const group = lexicon.groupSeparator
  let normalised: string
  if (groupedDigits.test(compact) && !compact.includes(decimal)) normalised = compact.split(group).join('')
  else if (groupedDigits.test(compact)) {
    // `1.500` in English text or `1,500` in German: a single group is a thousands group.
    normalised = compact.replace(/[.,]/g, '')
  } else normalised = compact.split(group).join('').replace(decimal, '.')
  const value = Number(normalised)
  return Number.isFinite(value) ? value : null
}

/** Contexts that make a number a date, time, year, age, duration, ordinal or reference. */
function isNotAFigure(tokens: readonly Token[], i: number, next: number, lexicon: Lexicon): boolean {
  const token = must(tokens[i], 'i < tokens.length')
  const before = tokens[i - 1]
  const after = tokens[next]
  const afterNext = tokens[next + 1]
  if (token.kind !== 'number') {
    // Number words: only durations and ages are excluded; a duration that is a statistic is a figure.
    if (after && lexicon.ageSuffixes.has(after.lower)) return true
    return !!after && lexicon.timeNouns.has(after.lower) && !isStatistic(tokens, i, lexicon)
  }
  if (ratio.test(token.text)) return false
  // `Takkt 4.0`, `am Freitag (13.1.)`: the group separator without whole groups after a name
  // or before a dot is a version or a date.
  if (
    !plainDigits.test(token.text) &&
    token.text.includes(lexicon.groupSeparator) &&
    !token.text.includes(lexicon.decimalSeparator) &&
    !groupedDigits.test(token.text)
  ) {
    if (
      (after?.text === '.' && !after.spaced) ||
      (before && i > 0 && isCapitalized(before) && !isQuantityWord(before, lexicon))
    )
      return true
  }
  // `2019-20`, `800-477-4747`, `18-24` after `aged`: the tail of a season, code or bracket whose head is no figure.
  if (isGluedDash(before) && !token.spaced && tokens[i - 2]?.kind === 'number') return true
  // `1DbUmw5`, `184/04p`: digits glued to letters and digits are a code.
  if (after && !after.spaced && after.kind === 'word' && hasDigit(after.text)) return true
  // Glued suffix: `3rd`, `1990s`, `10er`; `2bn` and `5%` are scales and units.
  if (after && !after.spaced && after.kind === 'word' && lexicon.ordinalSuffixes.has(after.lower)) return true
  // `35-Jährige`, `12-month`, `10-year-old`.
  if (after?.text === '-' && !after.spaced && afterNext && !afterNext.spaced && afterNext.kind === 'word') {
    const word = afterNext.lower
    const head = must(word.split('-')[0], 'split gives one part at least')
    // `35-Jährige`, `12-month`, `die 8-Uhr-Schicht`.
    if (
      lexicon.ageSuffixes.has(word) ||
      lexicon.timeNouns.has(word) ||
      lexicon.ageStems.some((stem) => word.startsWith(stem)) ||
      lexicon.timeNouns.has(head) ||
      lexicon.clock.has(head)
    )
      return true
  }
  // Ordinal dot: `3. Oktober`, `im 3. Quartal`; not before a capitalised function word
  // (`auf 90. Es dauerte`), which opens a sentence.
  if (
    lexicon.ordinalDot &&
    after?.text === '.' &&
    !after.spaced &&
    afterNext &&
    plainDigits.test(token.text) &&
    !(isCapitalized(afterNext) && isClosedClass(afterNext.lower, lexicon))
  )
    return true
  if (after && lexicon.timeNouns.has(after.lower) && !isStatistic(tokens, i, lexicon)) return true
  if (after && (lexicon.clock.has(after.lower) || lexicon.months.has(after.lower))) return true
  if (before && lexicon.referenceNouns.has(before.lower)) return true
  // `on Monday 5`, `im Juni 12`: a date; with a unit after it (`am Montag 2 Prozent`) the weekday dates the event.
  if (before && (lexicon.months.has(before.lower) || lexicon.weekdays.has(before.lower))) {
    const counted = !!after && (lexicon.scales.has(after.lower) || readUnit(tokens, next, lexicon) !== null)
    if (!counted && (lexicon.months.has(before.lower) || !after || after.kind === 'punct')) return true
  }
  const plain = plainDigits.test(token.text)
  // `aged 18 to 24`, `65 or older`: ages.
  if (plain && (isAge(tokens, i, lexicon) || longestPhrase(tokens, next, lexicon.ageAfter) > 0)) return true
  // `its Fokker 100 fleet`, `a Cessna 172 trainer`: where only names are capitalised, a name after a
  // determiner or a count followed by a number is a model's designation.
  if (
    plain &&
    !lexicon.capitalisedNouns &&
    before &&
    i >= 2 &&
    isCapitalized(before) &&
    !isQuantityWord(before, lexicon) &&
    !(after && (lexicon.scales.has(after.lower) || readUnit(tokens, next, lexicon)))
  ) {
    const head = must(tokens[i - 2], 'i >= 2')
    if (lexicon.determiners.has(head.lower) || lexicon.indefinites.has(head.lower) || head.kind === 'number')
      return true
  }
  if (plain && isYear(tokens, i, next, lexicon)) return true
  // An age bracket: `Anleger unter 30`, `voters over 65` (elliptic for years of age).
  if (
    plain &&
    before &&
    lexicon.ageBracketWords.has(before.lower) &&
    Number(token.text) >= 14 &&
    Number(token.text) <= 99
  ) {
    if (
      !after ||
      after.kind === 'punct' ||
      (lexicon.capitalisedNouns ? !isCapitalized(after) : isFunctionWordForAge(after, lexicon))
    )
      return true
  }
  // Age in apposition: `Parise, 35, had scored`, `Müller (45)`.
  if (plain && token.text.length <= 3 && before && after) {
    const name = tokens[i - 2]
    if (before.text === ',' && after.text === ',' && name && isCapitalized(name)) return true
    if (before.text === '(' && after.text === ')' && name && isCapitalized(name)) return true
  }
  // A number that continues a name: `Formel 1`, `Windows 11 ist`; not one listed after a unit
  // (`6 Prozent teurer, Gas 3`).
  if (
    plain &&
    before &&
    isCapitalized(before) &&
    i - 1 > 0 &&
    !isQuantityWord(before, lexicon) &&
    !listedAfterUnit(tokens, i - 1, lexicon)
  ) {
    if (
      !after ||
      after.kind === 'punct' ||
      (lexicon.capitalisedNouns && isLowerWord(after) && !lexicon.scales.has(after.lower))
    ) {
      if (after?.text !== '-' && after?.text !== '%') return true
    }
  }
  return false
}

/** Whether a comma or conjunction right before `at` follows a unit within a few words: `6 Prozent teurer, Gas 3`. */
function listedAfterUnit(tokens: readonly Token[], at: number, lexicon: Lexicon): boolean {
  const link = tokens[at - 1]
  if (!link || !(link.text === ',' || lexicon.conjunctions.has(link.lower))) return false
  for (let k = at - 2; k >= 0 && k >= at - 4; k--) {
    if (must(tokens[k], '0 <= k < at').kind === 'word' && readUnit(tokens, k, lexicon)) return true
  }
  return false
}

/** `aged 18`, `im Alter von 65`, `ages between 18 and 24`, and the end of such a range (`aged 18 to 24`). */
function isAge(tokens: readonly Token[], i: number, lexicon: Lexicon): boolean {
  const before = tokens[i - 1]
  if (!before) return false
  if (lexicon.ageWords.has(before.lower)) return true
  const link = lexicon.prepositions.has(before.lower) || lexicon.between.has(before.lower)
  if (link && lexicon.ageWords.has(tokens[i - 2]?.lower ?? '')) return true
  // The end of a range whose start is an age.
  const isRangeLink = lexicon.rangeWords.has(before.lower) || before.text === '-' || before.text === '–'
  const start = tokens[i - 2]
  return (
    isRangeLink &&
    start !== undefined &&
    start.kind === 'number' &&
    plainDigits.test(start.text) &&
    isAge(tokens, i - 2, lexicon)
  )
}

/**
 * A duration in a clause about an average or expectancy is a statistic:
 * `Lebenserwartung von 79,5 Jahren`, `an average wait of 12 weeks`.
 */
function isStatistic(tokens: readonly Token[], i: number, lexicon: Lexicon): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
    const token = must(tokens[k], '0 <= k < i')
    if (clauseMarks.has(token.text)) return false
    if (lexicon.statistics.has(token.lower)) return true
  }
  return false
}

function isFunctionWordForAge(token: Token, lexicon: Lexicon): boolean {
  return (
    lexicon.stopwords.has(token.lower) ||
    lexicon.prepositions.has(token.lower) ||
    lexicon.conjunctions.has(token.lower) ||
    token.kind !== 'word'
  )
}

function isQuantityWord(token: Token, lexicon: Lexicon): boolean {
  return (
    lexicon.currencies.has(token.lower) ||
    lexicon.scales.has(token.lower) ||
    lexicon.approximators.some((words) => words.length === 1 && words[0] === token.lower)
  )
}

function isYear(tokens: readonly Token[], i: number, next: number, lexicon: Lexicon): boolean {
  const {text} = must(tokens[i], 'i < tokens.length')
  const value = Number(text)
  if (text.length !== 4 || value < 1800 || value > 2100) return false
  const after = tokens[next]
  if (after && (lexicon.scales.has(after.lower) || readUnit(tokens, next, lexicon))) return false
  const approximator = lexicon.approximators.find((words) => endsWith(tokens, i, words))
  if (!approximator) return true
  // `until at least 2030`: a time bound before the approximator and nothing counted after the number.
  const bound = tokens[i - approximator.length - 1]
  return !!bound && lexicon.timeBounds.has(bound.lower) && (!after || after.kind === 'punct')
}

function readRangeEnd(
  tokens: readonly Token[],
  at: number,
  lexicon: Lexicon
): {value: number | null; next: number} | null {
  const link = tokens[at]
  if (!link) return null
  // Two numbers in a row are one figure, as in a slip like `nine 10 games`.
  if (
    link.kind === 'number' ||
    (link.kind === 'word' && lexicon.cardinals.has(link.lower) && !lexicon.scales.has(link.lower))
  ) {
    const number = readNumber(tokens, at, lexicon)
    if (number && number.value !== null && !isNotAFigure(tokens, at, number.next, lexicon))
      return {value: number.value, next: number.next}
    return null
  }
  const isDash = (link.text === '-' || link.text === '–') && (link.text === '–' || !link.spaced)
  // A conjunction among the range words (`10 und 12`) joins two figures; it makes no range here.
  if (!isDash && !(lexicon.rangeWords.has(link.lower) && !lexicon.conjunctions.has(link.lower))) return null
  const target = tokens[at + 1]
  if (!target || (target.kind !== 'number' && !lexicon.cardinals.has(target.lower))) return null
  if (isDash && target.spaced && link.text === '-') return null
  const number = readNumber(tokens, at + 1, lexicon)
  if (!number) return null
  let value = number.value
  let next = number.next
  const scaleWord = tokens[next]
  const scale = scaleWord ? lexicon.scales.get(scaleWord.lower) : undefined
  if (scale !== undefined && value !== null) {
    value *= scale
    next++
  }
  return {value, next}
}

function readUnit(
  tokens: readonly Token[],
  at: number,
  lexicon: Lexicon
): {unit: string; next: number; measure?: boolean} | null {
  const token = tokens[at]
  if (!token) return null
  const points = longestPhrase(tokens, at, lexicon.percentagePoints)
  if (points) return {unit: 'percentage-points', next: at + points}
  const percent = longestPhrase(tokens, at, lexicon.percent)
  if (percent) return {unit: 'percent', next: at + percent}
  const currency = lexicon.currencies.get(token.lower)
  if (currency) return {unit: currency, next: at + 1}
  const measure = lexicon.measures.get(token.lower)
  if (measure) return {unit: measure, next: at + 1, measure: true}
  return null
}

/**
 * `25 Kilogramm Kokain`, `25 kilograms of cocaine`: what a unit of measure measures, after the
 * language's link if it has one; it is part of the figure. A second capitalised word that closes
 * a list item joins the first (`500 Gramm Crystal Meth und …`).
 */
function measured(tokens: readonly Token[], at: number, lexicon: Lexicon): {noun: string; next: number} | null {
  let k = at
  if (lexicon.magnitudeLinks.size > 0) {
    if (!lexicon.magnitudeLinks.has(tokens[k]?.lower ?? '')) return null
    k++
  }
  const noun = readNoun(tokens, k, lexicon)
  if (!noun || !lexicon.capitalisedNouns) return noun
  const second = tokens[noun.next]
  const close = tokens[noun.next + 1]
  if (
    second &&
    !second.newline &&
    isCapitalized(second) &&
    !isClosedClass(second.lower, lexicon) &&
    (!close || close.kind === 'punct' || lexicon.conjunctions.has(close.lower))
  ) {
    return {noun: `${noun.noun} ${second.text}`, next: noun.next + 1}
  }
  return noun
}

/** Adds the approximator before and the counted noun after, and builds the span. */
function finish(tokens: readonly Token[], start: number, next: number, lexicon: Lexicon, partial: Partial): Match {
  let first = start
  let approximate = false
  for (const words of lexicon.approximators) {
    if (endsWith(tokens, first, words)) {
      first -= words.length
      approximate = true
      break
    }
  }
  const noun =
    partial.noun === undefined && (partial.unit === null || partial.unit === 'times')
      ? readNoun(tokens, next, lexicon)
      : null
  const compound = compoundNounOf(tokens[next - 1], lexicon)
  const last = noun ? noun.next : next
  return {
    figure: {
      start: must(tokens[first], 'a figure starts within its sentence').start,
      end: must(tokens[last - 1], 'a figure ends within its sentence').end,
      value: partial.value,
      valueMax: partial.valueMax,
      unit: partial.unit,
      noun: partial.noun ?? noun?.noun ?? compound,
      vague: partial.vague,
      approximate
    },
    next: last
  }
}

function compoundNounOf(token: Token | undefined, lexicon: Lexicon): string | null {
  if (token?.kind !== 'word') return null
  const parts = token.text.split(/[-‐]/)
  if (parts.length < 2 || !lexicon.cardinals.has(must(parts[0], 'split gives one part at least').toLowerCase()))
    return null
  return parts.slice(1).join('-')
}

/**
 * The counted noun: where nouns are capitalised the next capitalised word after
 * at most two inflected adjectives (`11.000 nordkoreanische Infanteristen`);
 * else up to two content words (`30,154 new cars`).
 */
function readNoun(tokens: readonly Token[], at: number, lexicon: Lexicon): {noun: string; next: number} | null {
  if (lexicon.capitalisedNouns) {
    for (let k = at; k < at + 3 && k < tokens.length; k++) {
      const token = must(tokens[k], 'k < tokens.length')
      // A counted noun never waits on the next line (a headline, a blanked ignore marker between).
      if (token.newline) return null
      if (isCapitalized(token)) {
        // `Bus- und Bahnfahrer`: an elided compound is not the whole noun; `Airbus A321`: a model's name.
        if (
          lexicon.timeNouns.has(token.lower) ||
          lexicon.months.has(token.lower) ||
          token.text.endsWith('-') ||
          isDesignation(tokens[k + 1])
        )
          return null
        return {noun: token.text, next: k + 1}
      }
      if (
        !isLowerWord(token) ||
        !endsInAny(token.lower, lexicon.adjectiveInflections) ||
        lexicon.stopwords.has(token.lower) ||
        lexicon.prepositions.has(token.lower)
      )
        return null
    }
    return null
  }
  let noun: string | null = null
  let next = at
  for (let k = at; k < at + 2 && k < tokens.length; k++) {
    const token = must(tokens[k], 'k < tokens.length')
    if (
      token.newline ||
      token.kind !== 'word' ||
      isFunctionWord(token, lexicon) ||
      isOneWordVerbForm(lexicon, token.lower)
    )
      break
    if (k > at && isCapitalized(token) && !isCapitalized(must(tokens[at], 'at < k'))) break
    // `20 Airbus A321 jets`: a name with its model number is no counted noun.
    if (hasDigit(token.text) || (isCapitalized(token) && isDesignation(tokens[k + 1]))) break
    noun = token.text
    next = k + 1
    // A plural noun ends the phrase: `two counties late Saturday`.
    if (isPlural(token.lower, lexicon)) break
  }
  return noun ? {noun, next} : null
}

/** Whether the text holds a digit. Perf and audit: a loop, no pattern. */
function hasDigit(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k)
    if (code >= 0x30 && code <= 0x39) return true
  }
  return false
}

/** A model number right after a name: `A321`, `172`, not a spaced unit or word. */
function isDesignation(token: Token | undefined): boolean {
  return (
    !!token &&
    token.spaced &&
    !token.newline &&
    (token.kind === 'number' || (token.kind === 'word' && hasDigit(token.text)))
  )
}

function isFunctionWord(token: Token, lexicon: Lexicon): boolean {
  const word = token.lower
  return (
    isClosedClass(word, lexicon) ||
    lexicon.timeNouns.has(word) ||
    lexicon.months.has(word) ||
    endsInAny(word, lexicon.adverbEndings) ||
    endsInAny(word, lexicon.participleEndings)
  )
}

/** Ends in a plural ending with a letter before it, and in none of the look-alikes (`bus`, `press`). */
export function isPlural(word: string, lexicon: Lexicon): boolean {
  return (
    lexicon.pluralEndings.some((ending) => word.length > ending.length && word.endsWith(ending)) &&
    !endsInAny(word, lexicon.pluralExceptions)
  )
}

/** Whether the words end right before `at`. */
function endsWith(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  if (at - words.length < 0) return false
  for (let k = 0; k < words.length; k++) {
    if (must(tokens[at - words.length + k], 'the words end before at').lower !== words[k]) return false
  }
  return true
}

function endsWithAny(tokens: readonly Token[], at: number, phrases: readonly (readonly string[])[]): boolean {
  return phrases.some((words) => endsWith(tokens, at, words))
}
