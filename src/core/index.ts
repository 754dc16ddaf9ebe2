// Public surface of the engine: the extension, the CLI and the tests import only this.
export type * from './types.js'
export {analyse, createAnalyser, type Analyser} from './analyse.js'
export {
  builtinLanguages,
  createLanguageProfile,
  registerLanguage,
  unregisterLanguage,
  type BuiltinLanguage,
  type LanguageData,
  type LanguageProfile
} from './lexicon/index.js'
export {
  analyseArticle,
  articleFormat,
  createArticleAnalyser,
  type Article,
  type ArticleAnalyser,
  type ArticleFormat,
  type ArticleSettings
} from './article.js'
export {IGNORE_MARKERS} from './markers.js'
export {ruleIds, rules, type Rule} from './rules.js'
export {partitionPoint, partitionPointOf} from './search.js'
