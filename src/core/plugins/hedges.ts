// retext plugin: hedging words (`offenbar`, `reportedly`) with their sentence.
import type {VFile} from 'vfile'
import {longestPhrase} from '../text/tokens.js'
import './data.js'

const firstWordSets = new WeakMap<readonly string[][], ReadonlySet<string>>()

/** Perf: the first words of the hedges, so most tokens are passed over with one look-up. */
function firstWords(hedges: readonly string[][]): ReadonlySet<string> {
  let words = firstWordSets.get(hedges)
  if (!words) firstWordSets.set(hedges, (words = new Set(hedges.map((phrase) => phrase[0]))))
  return words
}

export default function sourcedHedges() {
  return function (_tree: unknown, file: VFile): void {
    const {hedges} = file.data.lexicon!
    const starts = firstWords(hedges)
    const text = String(file.value)
    file.data.hedges = []
    ;(file.data.sentences ?? []).forEach((sentence, index) => {
      const {tokens} = sentence
      for (let k = 0; k < tokens.length; k++) {
        if (!starts.has(tokens[k].lower)) continue
        const used = longestPhrase(tokens, k, hedges)
        if (!used) continue
        const start = tokens[k].start
        const end = tokens[k + used - 1].end
        file.data.hedges!.push({start, end, text: text.slice(start, end), sentence: index})
        k += used - 1
      }
    })
  }
}
