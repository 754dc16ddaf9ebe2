// The reporting verbs of a lexicon, indexed by the word a form starts with. The
// cue finder (attribution.ts) and the counted-noun reader (figures.ts) share it.
import {perLexicon, type Lexicon, type ReportingVerb} from '../lexicon/index.js'

/** A form of `verb` as its words, or null for a split form (`gab … an`), which is one word. */
export type VerbCandidate = {verb: ReportingVerb; form: string[] | null}

const none: readonly VerbCandidate[] = []

/**
 * Perf: the forms (and split forms) that can start with `word`, in lexicon order,
 * indexed once per lexicon instead of scanning every verb for every token.
 */
export function verbsStartingWith(lexicon: Lexicon, word: string): readonly VerbCandidate[] {
  return verbIndexOf(lexicon).get(word) ?? none
}

/** Every word a form of a reporting verb can start with. */
export function verbFirstWords(lexicon: Lexicon): Iterable<string> {
  return verbIndexOf(lexicon).keys()
}

const verbIndexOf = perLexicon((lexicon) => {
  const index = new Map<string, VerbCandidate[]>()
  const add = (key: string, candidate: VerbCandidate) => {
    const list = index.get(key)
    if (list) list.push(candidate)
    else index.set(key, [candidate])
  }
  for (const verb of lexicon.reportingVerbs) {
    for (const form of verb.forms) {
      const first = form[0]
      if (first !== undefined) add(first, {verb, form})
    }
    if (verb.particle) for (const split of new Set(verb.split)) add(split, {verb, form: null})
  }
  return index
})

/** Whether `word` on its own is a form of a reporting verb (`said`, `sagte`). */
export function isOneWordVerbForm(lexicon: Lexicon, word: string): boolean {
  return verbsStartingWith(lexicon, word).some(({form}) => form !== null && form.length === 1)
}
