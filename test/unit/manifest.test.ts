import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {readdirSync, readFileSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {builtinLanguages} from '../../src/core/index.js'

const root = resolve(__dirname, '../..')
const manifest = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
  version: string
  activationEvents?: string[]
  contributes: {commands: Array<{command: string}>; configuration: {properties: Record<string, Setting>}}
  capabilities: {untrustedWorkspaces: {supported: boolean | 'limited'; restrictedConfigurations?: string[]}}
}

interface Setting {
  type: string
  enum?: string[]
  items?: {type: string}
  additionalProperties?: boolean
  properties?: Record<string, Setting>
}

describe('manifest', () => {
  it('has a CHANGELOG entry for the package version', () => {
    const changelog = readFileSync(resolve(root, 'CHANGELOG.md'), 'utf8')
    assert.match(changelog, new RegExp(`^## \\[${manifest.version.replace(/\./g, '\\.')}\\]`, 'm'))
  })

  it('never activates on start-up', () => {
    assert.ok(!(manifest.activationEvents ?? []).some((event) => event === '*' || event === 'onStartupFinished'))
  })

  it('has no setting a workspace could use to run code: only switches, numbers, choices and lists of words', () => {
    // A malicious workspace can set any of these; none names a path, a command or a module.
    const plain = (setting: Setting): boolean =>
      setting.type === 'boolean' ||
      setting.type === 'number' ||
      (setting.type === 'string' && Array.isArray(setting.enum)) ||
      (setting.type === 'array' && setting.items?.type === 'string') ||
      (setting.type === 'object' &&
        setting.additionalProperties === false &&
        Object.values(setting.properties ?? {}).every(plain))
    for (const [key, setting] of Object.entries(manifest.contributes.configuration.properties)) {
      assert.ok(plain(setting), `${key} is a plain value`)
      assert.doesNotMatch(key, /path|command|executable|module|script|plugin/i, `${key} does not name code`)
    }
    // Nor does the code load anything at run time that a setting could name.
    for (const file of sourceFiles(resolve(root, 'src'))) {
      assert.doesNotMatch(
        readFileSync(file, 'utf8'),
        /\beval\(|new Function\(|\brequire\(|\bimport\(/,
        `${file} loads no code at run time`
      )
    }
  })

  it('lets an untrusted workspace not raise the size limit', () => {
    const trust = manifest.capabilities.untrustedWorkspaces
    assert.equal(trust.supported, 'limited')
    assert.ok(trust.restrictedConfigurations?.includes('sourced.maxFileSize'))
  })

  it('names every contributed command in the README', () => {
    const readme = readFileSync(resolve(root, 'README.md'), 'utf8')
    for (const {command} of manifest.contributes.commands) {
      if (
        command.startsWith('sourced.internal') ||
        command === 'sourced.reveal' ||
        command === 'sourced.insertAttribution'
      )
        continue
      assert.ok(readme.includes(command), `README names ${command}`)
    }
  })

  it('offers the built-in languages, from their one list, in the settings and the CLI', () => {
    const choices = ['auto', ...builtinLanguages]
    assert.deepEqual(manifest.contributes.configuration.properties['sourced.documentLanguage']?.enum, choices)
    // The CLI from source (tsx), so no build is needed.
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', resolve(root, 'src/cli.ts'), ...args], {
        cwd: root,
        encoding: 'utf8'
      })
    const help = run('--help')
    assert.match(help.stdout, new RegExp(`--language <${choices.join('\\|')}> `))
    const unknown = run('--language', 'xx', '-')
    assert.equal(unknown.status, 2)
    assert.match(unknown.stderr, new RegExp(`unknown --language xx \\(use ${choices.join(', ')}\\)`))
  })
})

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []
  )
}
