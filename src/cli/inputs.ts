// Reads the CLI's inputs: files, globs or stdin. A file that cannot be read,
// is too large or is not text becomes a one-line error, not a crash.
import {readFile, stat} from 'node:fs/promises'
import {resolve} from 'node:path'
import {globSync} from 'tinyglobby'

export type Input = {path: string; text: string} | {path: string; error: string}

/** Expands globs; plain paths pass through so a missing file is reported by name. */
export function expandPatterns(patterns: readonly string[], cwd = process.cwd()): string[] {
  const paths: string[] = []
  for (const pattern of patterns) {
    if (/[*?[\]{}]/.test(pattern)) paths.push(...globSync(pattern, {cwd, onlyFiles: true}).sort())
    else paths.push(pattern)
  }
  return paths
}

/** Reads `path` (relative to `cwd`); the input keeps the path as given. */
export async function readInput(path: string, maxBytes: number, cwd = process.cwd()): Promise<Input> {
  const absolute = resolve(cwd, path)
  try {
    const info = await stat(absolute)
    if (info.isDirectory()) return {path, error: 'is a directory'}
    if (info.size > maxBytes)
      return {path, error: `too large (${info.size} bytes; the limit is ${maxBytes}, see --max-size)`}
    return decode(path, await readFile(absolute))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return {
      path,
      error:
        code === 'ENOENT'
          ? 'no such file'
          : code === 'EACCES'
            ? 'permission denied'
            : `cannot be read (${code ?? String(error)})`
    }
  }
}

export async function readStdin(stdin: AsyncIterable<Buffer | string>, maxBytes: number): Promise<Input> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of stdin) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
    size += buffer.length
    if (size > maxBytes) return {path: '<stdin>', error: `too large (more than ${maxBytes} bytes, see --max-size)`}
    chunks.push(buffer)
  }
  return decode('<stdin>', Buffer.concat(chunks))
}

/** UTF-8 text only: a NUL byte or invalid UTF-8 marks a binary file. */
function decode(path: string, bytes: Buffer): Input {
  if (bytes.subarray(0, 65536).includes(0)) return {path, error: 'looks binary (contains NUL bytes), skipped'}
  try {
    const text = new TextDecoder('utf-8', {fatal: true}).decode(bytes)
    return {path, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text}
  } catch {
    return {path, error: 'is not UTF-8 text, skipped'}
  }
}
