// How much two versions of a document share at their start and at their end:
// an edit changes the text between, so paragraphs wholly outside it are the same.

/** Perf: compared a chunk at a time (a native string comparison), then a character at a time. */
const chunk = 1024

export interface Affixes {
  /** Length of the common start. */
  prefix: number
  /** Length of the common end, not overlapping the common start in either text. */
  suffix: number
}

export function commonAffixes(a: string, b: string): Affixes {
  const limit = Math.min(a.length, b.length)
  let prefix = 0
  while (prefix + chunk <= limit && a.slice(prefix, prefix + chunk) === b.slice(prefix, prefix + chunk)) prefix += chunk
  while (prefix < limit && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++
  const room = limit - prefix
  let suffix = 0
  while (
    suffix + chunk <= room &&
    a.slice(a.length - suffix - chunk, a.length - suffix) === b.slice(b.length - suffix - chunk, b.length - suffix)
  ) {
    suffix += chunk
  }
  while (suffix < room && a.charCodeAt(a.length - suffix - 1) === b.charCodeAt(b.length - suffix - 1)) suffix++
  return {prefix, suffix}
}
