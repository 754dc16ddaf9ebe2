// retext plugin: hedging words (`offenbar`, `reportedly`) with their sentence.
import type {VFile} from 'vfile'
import {longestPhrase} from '../text/tokens.js'
import './data.js'

export default function sourcedHedges() {
  return function (_tree: unknown, file: VFile): void {
    const {hedges} = file.data.lexicon!
    const text = String(file.value)
    file.data.hedges = []
    ;(file.data.sentences ?? []).forEach((sentence, index) => {
      const {tokens} = sentence
      for (let k = 0; k < tokens.length; k++) {
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
