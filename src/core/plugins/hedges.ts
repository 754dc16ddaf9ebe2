// retext plugin: hedging words (`offenbar`, `reportedly`) with their sentence.
//
// Reads: `file.data.sentences` (from `sourcedSentences`) and the profile's hedges.
// Writes: `file.data.hedges`. Whether a hedge lacks a source is decided for the
// whole document (a source may stand in another paragraph).
import type {VFile} from 'vfile'
import {must} from '../must.js'
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
    for (const [index, {tokens}] of sentences.entries()) {
      for (let k = 0; k < tokens.length; k++) {
        const token = must(tokens[k], 'k < tokens.length')
        if (!starts.has(token.lower)) continue
        const used = longestPhrase(tokens, k, hedges)
        if (!used) continue
        const start = token.start
        const end = must(tokens[k + used - 1], 'a phrase ends within its sentence').end
        found.push({start, end, text: text.slice(start, end), sentence: index})
        k += used - 1
      }
    }
    file.data.hedges = found
  }
}
