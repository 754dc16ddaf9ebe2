// The rule table is the one list of rules: package.json's `sourced.severity`
// setting, its descriptions and the README sections must follow it.
import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {ruleIds, rules} from '../../src/core/index.js'

const root = resolve(__dirname, '../..')
const read = (name: string) => readFileSync(resolve(root, name), 'utf8')

interface SeveritySetting {
  properties: Record<string, {enum: string[]; default: string; markdownDescription: string}>
  default: Record<string, string>
}

const manifest = JSON.parse(read('package.json')) as {
  contributes: {configuration: {properties: Record<string, unknown>}}
}
const severitySetting = manifest.contributes.configuration.properties['sourced.severity'] as SeveritySetting

describe('rule table', () => {
  it('lists the rules of the sourced.severity setting, in order, with their default severities', () => {
    assert.deepEqual(Object.keys(severitySetting.properties), ruleIds)
    for (const id of ruleIds) {
      assert.equal(severitySetting.properties[id]?.default, rules[id].severity, `default severity of ${id}`)
      assert.deepEqual(severitySetting.properties[id]?.enum, ['error', 'warning', 'information', 'hint', 'off'])
    }
    assert.deepEqual(severitySetting.default, Object.fromEntries(ruleIds.map((id) => [id, rules[id].severity])))
  })

  it('has a description of each rule in every language of the settings', () => {
    for (const nls of ['package.nls.json', 'package.nls.de.json']) {
      const strings = JSON.parse(read(nls)) as Record<string, string>
      for (const id of ruleIds) {
        assert.equal(severitySetting.properties[id]?.markdownDescription, `%config.severity.${id}%`)
        assert.ok(strings[`config.severity.${id}`], `${nls} describes ${id}`)
      }
    }
  })

  it('points each rule at its own section of the packaged README, not at a web address', () => {
    const headings = new Set([...read('README.md').matchAll(/^#{2,4} +(.+?) *$/gm)].map((match) => match[1]))
    for (const id of ruleIds) {
      assert.equal(rules[id].url, `README.md#${id}`)
      assert.ok(headings.has(id), `README has a section "${id}"`)
    }
  })
})
