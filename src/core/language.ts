// Tells the languages apart by counting each one's commonest words.
import {languageProfiles} from './lexicon/index.js'
import {must} from './must.js'
import type {Language} from './types.js'

/** Detection reads this many code units from the start of the text. */
export const languageSample = 20000

/** What a letter of a profile's `detectionLetters` adds to its count: it tips a close call, no more. */
const letterWeight = 0.5

export function detectLanguage(text: string): Language {
  const sample = text.slice(0, languageSample)
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? []
  let best: Language | undefined
  let bestCount = -1
  // Profiles in order, built-in first: on a tie the first wins.
  for (const profile of languageProfiles()) {
    let count = 0
    for (const word of words) if (profile.stopwords.has(word)) count++
    if ([...profile.detectionLetters].some((letter) => sample.includes(letter))) count += letterWeight
    if (count > bestCount) {
      best = profile.code
      bestCount = count
    }
  }
  return must(best, 'the built-in languages are always registered')
}
