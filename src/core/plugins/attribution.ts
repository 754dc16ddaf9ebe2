// retext plugin: claims and the phrases that attribute them (see recognize/attribution.ts).
import type {VFile} from 'vfile'
import {attribute, sentenceSubjects} from '../recognize/attribution.js'
import './data.js'

export default function sourcedAttribution() {
  return function (_tree: unknown, file: VFile): void {
    file.data.claims = attribute(String(file.value), file.data.sentences ?? [], file.data.quotes ?? [], file.data.lexicon!, file.data.figures ?? [])
    file.data.subjects = sentenceSubjects(String(file.value), file.data.sentences ?? [], file.data.lexicon!)
  }
}
