// retext plugin: claims and the phrases that attribute them (see recognize/attribution.ts).
//
// Reads: `file.data.sentences`, `file.data.quotes` and `file.data.figures` (the
//   plugins before it), and the profile's reporting verbs, cue phrases and sources.
// Writes: `file.data.claims` (who said what, in this paragraph) and
//   `file.data.subjects` (people named as a sentence's subject, for pronouns).
// Vague sources are judged for the whole document, once sources are grouped.
import type {VFile} from 'vfile'
import {attribute, sentenceSubjects} from '../recognize/attribution.js'
import {lexiconOf, type Options} from './options.js'
import './data.js'

export default function sourcedAttribution(options?: Readonly<Options> | null) {
  const lexicon = lexiconOf(options)
  return function (_tree: unknown, file: VFile): void {
    const text = String(file.value)
    const sentences = file.data.sentences ?? []
    file.data.claims = attribute(text, sentences, file.data.quotes ?? [], lexicon, file.data.figures ?? [])
    file.data.subjects = sentenceSubjects(text, sentences, lexicon)
  }
}
