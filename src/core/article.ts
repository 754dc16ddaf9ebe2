// The engine's one entry point for every caller (the CLI, the editor): it picks the
// preparation by the file's type (Markdown is read as prose), turns the settings into
// options and analyses, so the command line and the editor cannot disagree.
import type {VFile} from 'vfile'
import {analyseFile, analyseText} from './analyse.js'
import {createMemory} from './document/memory.js'
import {maskMarkdownNonProse} from './markdown.js'
import type {AnalyseOptions, Analysis, AttributionScope, Language, RuleId, Severity} from './types.js'

/** What a writer can set, in the editor's settings or on the command line. */
export interface ArticleSettings {
  /** Force a language instead of detecting it. Default `auto`. */
  language?: Language | 'auto'
  /** Severity per rule; `off` drops the rule's diagnostics. */
  severity?: Partial<Record<RuleId, Severity | 'off'>>
  /** Figures (their exact text, e.g. `24/7`) never reported. */
  ignoredFigures?: string[]
  /** Words added to both languages' lexicons. */
  reportingVerbs?: string[]
  vagueSources?: string[]
  /** `paragraph`: a source named earlier in a paragraph covers its later figures. Default `sentence`. */
  attributionScope?: AttributionScope
}

/** One article to analyse: what kind of file it is, and the settings that apply to it. */
export interface Article {
  /** The file's path or name; its extension tells Markdown (`.md`, `.markdown`) from plain text. */
  path?: string
  /** The editor's language id; when given, it decides over the path (`markdown` or not). */
  languageId?: string
  settings?: ArticleSettings
}

export type ArticleFormat = 'markdown' | 'plain'

export function articleFormat(article: Pick<Article, 'path' | 'languageId'>): ArticleFormat {
  if (article.languageId !== undefined) return article.languageId === 'markdown' ? 'markdown' : 'plain'
  const path = article.path?.toLowerCase() ?? ''
  return path.endsWith('.md') || path.endsWith('.markdown') ? 'markdown' : 'plain'
}

/**
 * The text the engine reads: of Markdown only the prose (the rest blanked, same
 * length and lines); other text as it is.
 */
export function articleProse(text: string, format: ArticleFormat): string {
  return format === 'markdown' ? maskMarkdownNonProse(text) : text
}

/** Keeps paragraph analyses across calls (whatever the settings), so re-analysing an edited article is cheap. */
export interface ArticleAnalyser {
  /** The analysis, with `analysis.diagnostics`. */
  analyse(text: string, article?: Article): Analysis
  /** Also reports the diagnostics on `file` as vfile messages (for vfile's reporters); the path is the file's. */
  analyseFile(file: VFile, article?: Omit<Article, 'path'>): Analysis
}

export function createArticleAnalyser(): ArticleAnalyser {
  // One memory for every setting: what it keeps is keyed by the lexicon the settings make.
  const memory = createMemory()
  return {
    analyse: (text, article = {}) =>
      analyseText(memory, articleProse(text, articleFormat(article)), optionsFor(article.settings)),
    analyseFile: (file, article = {}) => {
      const format = articleFormat({path: file.path, languageId: article.languageId})
      return analyseFile(memory, file, articleProse(String(file.value ?? ''), format), optionsFor(article.settings))
    }
  }
}

/** Analyses one article without keeping a cache. */
export function analyseArticle(text: string, article: Article = {}): Analysis {
  return createArticleAnalyser().analyse(text, article)
}

/**
 * Engine options for these settings; empty lists are left out, so no setting and
 * an empty one give the same lexicon.
 */
function optionsFor(settings: ArticleSettings = {}): AnalyseOptions {
  const options: AnalyseOptions = {}
  if (settings.language !== undefined) options.language = settings.language
  if (settings.severity !== undefined) options.severity = settings.severity
  const lexicon = {
    ...(settings.reportingVerbs?.length ? {reportingVerbs: settings.reportingVerbs} : {}),
    ...(settings.vagueSources?.length ? {vagueSources: settings.vagueSources} : {})
  }
  if (Object.keys(lexicon).length > 0) options.lexicon = {all: lexicon}
  if (settings.ignoredFigures?.length) options.ignoredFigures = settings.ignoredFigures
  if (settings.attributionScope === 'paragraph') options.attributionScope = 'paragraph'
  return options
}
