// The analyser for callers that hold the options fixed (the tests, the benchmark).
// Every other caller goes through article.ts, which picks the options per call.
// The work is in document/: memory.ts keeps what a next call may reuse,
// assemble.ts makes the article's analysis, diagnostics.ts reports on it.
import {VFile} from 'vfile'
import {analyseDocument} from './document/assemble.js'
import {reportDiagnostics} from './document/diagnostics.js'
import {createMemory, type Memory} from './document/memory.js'
import type {AnalyseOptions, Analysis} from './types.js'

/** Keeps per-paragraph results between calls, so re-analysing an edited document is cheap. */
export interface Analyser {
  analyse(text: string): Analysis
  /** Analyses `file` and reports the diagnostics on it as vfile messages. */
  analyseFile(file: VFile): Analysis
}

export function createAnalyser(options: AnalyseOptions = {}): Analyser {
  const memory = createMemory()
  return {
    analyse: (text) => analyseText(memory, text, options),
    analyseFile: (file) => analyseFile(memory, file, String(file.value ?? ''), options)
  }
}

/** Analyses one article without keeping a cache. */
export function analyse(text: string, options: AnalyseOptions = {}): Analysis {
  return createAnalyser(options).analyse(text)
}

/**
 * The analysis with its diagnostics in `analysis.diagnostics` only (perf: a vfile
 * message is an Error, with a stack trace, and nobody would read this file's).
 */
export function analyseText(memory: Memory, text: string, options: AnalyseOptions): Analysis {
  const analysis = analyseDocument(text, options, memory)
  reportDiagnostics(new VFile({value: text}), analysis, options, false)
  return analysis
}

/**
 * Analyses `text` (the file's text, or the prose of it: same length and lines) and
 * reports the diagnostics on `file` as vfile messages too, for vfile's reporters.
 */
export function analyseFile(memory: Memory, file: VFile, text: string, options: AnalyseOptions): Analysis {
  const analysis = analyseDocument(text, options, memory)
  reportDiagnostics(file, analysis, options, true)
  return analysis
}
