// Searches a directory for articles as git sees it: what a .gitignore ignores (the
// repository's, from its root down to each folder) is skipped, and `.git` and
// `node_modules` always are. Patterns are read by `ignore`, the gitignore matcher
// eslint uses, rather than by a second, partial reading of the syntax.
import {existsSync, readFileSync} from 'node:fs'
import {readdir, stat} from 'node:fs/promises'
import {dirname, join, relative, sep} from 'node:path'
import ignore, {type Ignore} from 'ignore'

const ALWAYS_SKIPPED = new Set(['.git', 'node_modules'])

/** The patterns of one .gitignore, relative to its folder. */
interface IgnoreLayer {
  folder: string
  patterns: Ignore
}

export interface SearchOptions {
  /** Whether a file (absolute path) is one to analyse, by its type. */
  accepts: (path: string) => boolean
  useGitignore: boolean
}

/** The files below `root` (absolute) that `accepts` takes, sorted, as absolute paths. */
export async function searchDirectory(root: string, options: SearchOptions): Promise<string[]> {
  const found: string[] = []
  const layers = options.useGitignore ? ancestorLayers(root) : []
  await walk(root, layers, options, found)
  return found.sort()
}

async function walk(folder: string, inherited: IgnoreLayer[], options: SearchOptions, found: string[]) {
  const own = options.useGitignore ? layerOf(folder) : undefined
  const layers = own ? [...inherited, own] : inherited
  const entries = await readdir(folder, {withFileTypes: true})
  for (const entry of entries) {
    if (ALWAYS_SKIPPED.has(entry.name)) continue
    const path = join(folder, entry.name)
    // Symbolic links: followed to files, never to folders (no cycles).
    const kind = entry.isSymbolicLink() ? await linkKind(path) : entry.isDirectory() ? 'folder' : 'file'
    if (kind === 'folder') {
      if (!ignored(layers, path, true)) await walk(path, layers, options, found)
    } else if (kind === 'file' && options.accepts(path) && !ignored(layers, path, false)) found.push(path)
  }
}

async function linkKind(path: string): Promise<'file' | 'other'> {
  try {
    return (await stat(path)).isFile() ? 'file' : 'other'
  } catch {
    return 'other'
  }
}

/**
 * Git's precedence: a deeper .gitignore decides over a shallower one, and within one
 * file the last matching pattern decides (`!pattern` re-includes).
 */
function ignored(layers: readonly IgnoreLayer[], path: string, isFolder: boolean): boolean {
  let result = false
  for (const layer of layers) {
    const name = relative(layer.folder, path).split(sep).join('/')
    if (name === '' || name.startsWith('..')) continue
    const test = layer.patterns.test(isFolder ? `${name}/` : name)
    if (test.ignored) result = true
    else if (test.unignored) result = false
  }
  return result
}

/**
 * The .gitignore files of the folders above `root` up to the repository's root (the
 * folder holding `.git`); none outside a repository. `root`'s own is read by `walk`.
 */
function ancestorLayers(root: string): IgnoreLayer[] {
  if (existsSync(join(root, '.git'))) return []
  const folders: string[] = []
  for (let folder = dirname(root); ; folder = dirname(folder)) {
    folders.unshift(folder)
    if (existsSync(join(folder, '.git'))) return folders.map(layerOf).filter((layer) => layer !== undefined)
    if (dirname(folder) === folder) return []
  }
}

function layerOf(folder: string): IgnoreLayer | undefined {
  const path = join(folder, '.gitignore')
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch {
    return undefined
  }
  return {folder, patterns: ignore().add(text)}
}
