// retext plugin: hedging words (`offenbar`, `reportedly`) with their sentence.
//
// Reads: `file.data.sentences` (from `sourcedSentences`) and the profile's hedges.
// Writes: `file.data.hedges`. Whether a hedge lacks a source is decided for the
// whole document (a source may stand in another paragraph).
import type {VFile} from 'vfile'
import {longestPhrase} from '../text/tokens.js'
import {lexiconOf, type Options} from './options.js'
import './data.js'

export default function sourcedHedges(options?: Readonly<Options> | null) {
  const {hedges} = lexiconOf(options)
  // Perf: the first words of the hedges, so most tokens are passed over with one look-up.
  const starts = new Set(hedges.map((phrase) => phrase[0]))
  return function (_tree: unknown, file: VFile): void {
    const text = String(file.value)
    const found: NonNullable<VFile['data']['hedges']> = []
    const sentences = file.data.sentences ?? []
    for (let index = 0; index < sentences.length; index++) {
      const {tokens} = sentences[index]
      for (let k = 0; k < tokens.length; k++) {
        if (!starts.has(tokens[k].lower)) continue
        const used = longestPhrase(tokens, k, hedges)
        if (!used) continue
        const start = tokens[k].start
        const end = tokens[k + used - 1].end
        found.push({start, end, text: text.slice(start, end), sentence: index})
        k += used - 1
      }
    }
    file.data.hedges = found
  }
}
