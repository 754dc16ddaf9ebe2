// Tells German from English by counting each language's commonest words.
import {stopwordsByLanguage} from './lexicon/index.js'
import type {Language} from './types.js'

/** Detection reads this many code units from the start of the text. */
export const languageSample = 20000

export function detectLanguage(text: string): Language {
  const stopwords = stopwordsByLanguage()
  const counts: Record<Language, number> = {de: 0, en: 0}
  const words = text.slice(0, languageSample).toLowerCase().match(/\p{L}+/gu) ?? []
  for (const word of words) {
    if (stopwords.de.has(word)) counts.de++
    if (stopwords.en.has(word)) counts.en++
  }
  // Umlauts and ß tip a close call towards German.
  if (/[äöüß]/u.test(text.slice(0, languageSample))) counts.de += 0.5
  return counts.en > counts.de ? 'en' : 'de'
}
