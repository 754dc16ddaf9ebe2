// What the quick fixes write: an attribution snippet in the article's language, and
// the ignore marker that suits the file. Shared by the code actions and the hover.
import {
  IGNORE_MARKERS,
  type Analysis,
  type Diagnostic as EngineDiagnostic,
  type Language,
  type Span
} from '../core/index.js'
import {sentenceOf} from './lookup.js'

/** By language; a language registered at run time has none here (its diagnostics carry the engine's). */
const DEFAULT_SNIPPETS: Partial<Record<Language, string>> = {
  de: ', laut ${1:Quelle}',
  en: ', according to ${1:source}'
}

/**
 * The engine's suggestions when it has any, else the default. A plain suggestion
 * (`, laut Quelle`) is escaped for the snippet syntax and its last word becomes the
 * placeholder the writer types over.
 */
export function attributionSnippets(language: Language, message?: EngineDiagnostic): string[] {
  const suggested = (message?.expected ?? []).map((text) =>
    text.includes('${') ? text : text.replace(/[$}\\]/g, '\\$&').replace(/([\p{L}\p{N}]+)(\W*)$/u, '${1:$1}$2')
  )
  if (suggested.length > 0) return suggested
  const fallback = DEFAULT_SNIPPETS[language]
  return fallback === undefined ? [] : [fallback]
}

/** The snippet as it reads once inserted: placeholders show their default text. */
export function snippetPreview(snippet: string): string {
  return snippet.replace(
    /\\([$}\\])|\$\{\d+:([^}]*)\}|\$\d+/g,
    (_match, escaped?: string, placeholder?: string) => escaped ?? placeholder ?? ''
  )
}

/**
 * Where the attribution goes: at the end of the figure's sentence, before its final
 * punctuation (`… folgen, laut Quelle.`); right after the figure when no sentence is known.
 */
export function attributionOffset(analysis: Analysis, text: string, figure: Span): number {
  const sentence = sentenceOf(analysis, figure)
  if (!sentence) return figure.end
  let end = sentence.end
  while (end > figure.end && /\s/.test(text.charAt(end - 1))) end--
  while (end > figure.end && /[.!?…]/.test(text.charAt(end - 1))) end--
  return end
}

/**
 * The marker the ignore quick fix may append: only where the file type hides it (a comment
 * in Markdown and HTML); in `.news` and plain text it would be published with the article.
 */
export function hiddenIgnoreMarkerFor(languageId: string): string | undefined {
  return languageId === 'markdown' || languageId === 'html' ? IGNORE_MARKERS.html : undefined
}

/** The marker that suits the file: a comment in Markdown, the bracket form elsewhere. */
export function ignoreMarkerFor(languageId: string): string {
  return languageId === 'markdown' ? IGNORE_MARKERS.html : IGNORE_MARKERS.plain
}
