import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {resolve} from 'node:path'

const root = resolve(__dirname, '../..')
const manifest = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
  version: string
  activationEvents?: string[]
  contributes: {commands: Array<{command: string}>}
}

describe('manifest', () => {
  it('has a CHANGELOG entry for the package version', () => {
    const changelog = readFileSync(resolve(root, 'CHANGELOG.md'), 'utf8')
    assert.match(changelog, new RegExp(`^## \\[${manifest.version.replace(/\./g, '\\.')}\\]`, 'm'))
  })

  it('never activates on start-up', () => {
    assert.ok(!(manifest.activationEvents ?? []).some((event) => event === '*' || event === 'onStartupFinished'))
  })

  it('names every contributed command in the README', () => {
    const readme = readFileSync(resolve(root, 'README.md'), 'utf8')
    for (const {command} of manifest.contributes.commands) {
      if (command.startsWith('sourced.internal') || command === 'sourced.reveal' || command === 'sourced.insertAttribution') continue
      assert.ok(readme.includes(command), `README names ${command}`)
    }
  })
})
