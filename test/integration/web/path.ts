// node:path for the web worker extension host: POSIX paths only, which is all the
// suites need (file paths of the Linux machine the tests run on, and URI paths).

function normalise(path: string): string {
  const absolute = path.startsWith('/')
  const parts: string[] = []
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..' && parts.length > 0 && parts.at(-1) !== '..') parts.pop()
    else if (part !== '..' || !absolute) parts.push(part)
  }
  return (absolute ? '/' : '') + parts.join('/') || (absolute ? '/' : '.')
}

export function join(...parts: string[]): string {
  return normalise(parts.filter((part) => part !== '').join('/'))
}

export function resolve(...parts: string[]): string {
  let path = ''
  for (const part of parts) path = part.startsWith('/') ? part : `${path}/${part}`
  return normalise(path.startsWith('/') ? path : `/${path}`)
}

export function basename(path: string): string {
  const trimmed = path.replace(/\/+$/, '')
  return trimmed.slice(trimmed.lastIndexOf('/') + 1)
}
