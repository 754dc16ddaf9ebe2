// Paths as CI tools want them: relative to the working directory (the repository's
// root in a workflow) with forward slashes; a file outside it keeps its absolute path.
import {isAbsolute, relative, resolve, sep} from 'node:path'
import {pathToFileURL} from 'node:url'

export function reportPath(path: string, cwd: string): string {
  const absolute = resolve(cwd, path)
  const inside = relative(cwd, absolute)
  return isInside(inside) ? inside.split(sep).join('/') : absolute
}

/** A SARIF `uri`: a relative reference (each segment percent-encoded) or a `file:` URI outside `cwd`. */
export function reportUri(path: string, cwd: string): {uri: string; relative: boolean} {
  const absolute = resolve(cwd, path)
  const inside = relative(cwd, absolute)
  if (!isInside(inside)) return {uri: pathToFileURL(absolute).href, relative: false}
  return {uri: inside.split(sep).map(encodeURIComponent).join('/'), relative: true}
}

/** Whether `path.relative(cwd, file)` stays below `cwd`. */
function isInside(inside: string): boolean {
  return inside !== '' && inside !== '..' && !inside.startsWith(`..${sep}`) && !isAbsolute(inside)
}
