// Public surface of the engine: the extension, the CLI and the tests import only this.
export type * from './types.js'
export {analyse, createAnalyser, type Analyser} from './analyse.js'
export {builtinLanguages, createLanguageProfile, registerLanguage, unregisterLanguage, type BuiltinLanguage, type LanguageData, type LanguageProfile} from './lexicon/index.js'
