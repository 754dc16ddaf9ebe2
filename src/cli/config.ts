// Configuration files, found as markdownlint-cli2 and eslint find theirs: from each
// article's folder upwards, the nearest `.sourcedrc.json`, or `package.json` with a
// `sourced` key, wins (no merging); the search stops at the filesystem root. The keys
// and their checks are the editor's settings (src/editor/settings.ts), so a file means
// in CI what the same values mean in VS Code.
import {existsSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {parseSettings, SHARED_SETTING_KEYS, type SettingProblem, type SourcedSettings} from '../editor/settings.js'

export const CONFIG_FILE = '.sourcedrc.json'
/** The key of a `package.json` that holds the same object as a `.sourcedrc.json`. */
export const PACKAGE_KEY = 'sourced'

/** A configuration, or the defaults (`path` undefined). */
export interface LoadedConfig {
  path: string | undefined
  settings: SourcedSettings
}

export type ConfigResult = {config: LoadedConfig} | {error: string}

/** No file: the settings' defaults. */
export const DEFAULT_CONFIG: LoadedConfig = {path: undefined, settings: parseSettings(() => undefined)}

/** Reads and checks one file; a package.json is read for its `sourced` key. */
export function loadConfigFile(path: string): ConfigResult {
  let json: unknown
  try {
    json = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return {error: `${path}: no such file`}
    if (code !== undefined) return {error: `${path}: cannot be read (${code})`}
    return {error: `${path}: not valid JSON (${(error as Error).message})`}
  }
  const isPackage = path.endsWith('package.json')
  const object = isPackage && isObject(json) ? json[PACKAGE_KEY] : json
  const where = isPackage ? `${path} "${PACKAGE_KEY}"` : path
  if (!isObject(object)) return {error: `${where}: must be a JSON object`}
  const problems: SettingProblem[] = []
  const known: readonly string[] = SHARED_SETTING_KEYS
  for (const key of Object.keys(object))
    if (key !== '$schema' && !known.includes(key))
      problems.push({key, message: `is no setting (settings: ${SHARED_SETTING_KEYS.join(', ')})`})
  const settings = parseSettings(
    (key) => (known.includes(key) ? object[key] : undefined),
    (problem) => {
      problems.push(problem)
    }
  )
  if (problems.length > 0)
    return {error: problems.map((problem) => `${where}: ${problem.key} ${problem.message}`).join('\n')}
  return {config: {path, settings}}
}

/** Finds the configuration of each folder once, walking up until one is found. */
export class ConfigFinder {
  private readonly byFolder = new Map<string, ConfigResult>()

  /** `folder` must be absolute. */
  forFolder(folder: string): ConfigResult {
    const cached = this.byFolder.get(folder)
    if (cached) return cached
    const result = this.find(folder)
    this.byFolder.set(folder, result)
    return result
  }

  private find(folder: string): ConfigResult {
    const rc = join(folder, CONFIG_FILE)
    if (existsSync(rc)) return loadConfigFile(rc)
    const packageJson = join(folder, 'package.json')
    if (existsSync(packageJson) && hasPackageKey(packageJson)) return loadConfigFile(packageJson)
    const parent = dirname(folder)
    return parent === folder ? {config: DEFAULT_CONFIG} : this.forFolder(parent)
  }
}

/** A package.json without a `sourced` key (or one that is not JSON) is no configuration. */
function hasPackageKey(path: string): boolean {
  try {
    const json: unknown = JSON.parse(readFileSync(path, 'utf8'))
    return isObject(json) && PACKAGE_KEY in json
  } catch {
    return false
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

