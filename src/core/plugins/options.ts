// The option every paragraph plugin takes: the language profile it reads its word
// lists and grammar switches from. Passed in, not read from `file.data`, so a
// processor is built (and frozen) once per profile and a plugin cannot run without one.
import {lexiconFor, type Lexicon} from '../lexicon/index.js'

export interface Options {
  /** The language profile (`lexiconFor(language, extension)`). Default: the English profile. */
  lexicon?: Lexicon | null | undefined
}

/** Options not given: every default. */
export const emptyOptions: Readonly<Options> = {}

/** The profile of `options`, or the default one. */
export function lexiconOf(options: Readonly<Options> | null | undefined): Lexicon {
  return (options ?? emptyOptions).lexicon ?? lexiconFor('en')
}
