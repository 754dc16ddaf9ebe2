// The built-in languages: each is a folder of data under lexicon/<code>/. Adding a
// language adds a folder and its code here; nothing else in the engine names one.
import deAbbreviations from './de/abbreviations.json'
import deContext from './de/context.json'
import deCues from './de/cue-phrases.json'
import deGrammar from './de/grammar.json'
import deHedges from './de/hedges.json'
import deMessages from './de/messages.json'
import deNumbers from './de/numbers.json'
import deProfile from './de/profile.json'
import deVerbs from './de/reporting-verbs.json'
import deSources from './de/sources.json'
import deUnits from './de/units.json'
import enAbbreviations from './en/abbreviations.json'
import enContext from './en/context.json'
import enCues from './en/cue-phrases.json'
import enGrammar from './en/grammar.json'
import enHedges from './en/hedges.json'
import enMessages from './en/messages.json'
import enNumbers from './en/numbers.json'
import enProfile from './en/profile.json'
import enVerbs from './en/reporting-verbs.json'
import enSources from './en/sources.json'
import enUnits from './en/units.json'
import type {LanguageData} from './data.js'

/** In this order detection breaks a tie: the first wins. */
export const builtinLanguages = ['de', 'en'] as const

export type BuiltinLanguage = (typeof builtinLanguages)[number]

/** The files of each built-in folder, by file name without `.json`. */
export const builtinData: Record<BuiltinLanguage, LanguageData> = {
  de: {
    abbreviations: deAbbreviations,
    context: deContext,
    'cue-phrases': deCues,
    grammar: deGrammar,
    hedges: deHedges,
    messages: deMessages,
    numbers: deNumbers,
    profile: deProfile,
    'reporting-verbs': deVerbs,
    sources: deSources,
    units: deUnits
  },
  en: {
    abbreviations: enAbbreviations,
    context: enContext,
    'cue-phrases': enCues,
    grammar: enGrammar,
    hedges: enHedges,
    messages: enMessages,
    numbers: enNumbers,
    profile: enProfile,
    'reporting-verbs': enVerbs,
    sources: enSources,
    units: enUnits
  }
}
