// The rule table is the one list of rules: package.json's `sourced.severity`
// setting, its descriptions and the rule pages in docs/rules must follow it.
import assert from 'node:assert/strict'
import {readdirSync, readFileSync} from 'node:fs'
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

  it('points each rule at its own page in docs/rules, shipped in the package, not at a web address', () => {
    for (const id of ruleIds) {
      assert.equal(rules[id].url, `docs/rules/${id}.md`)
      const page = read(rules[id].url)
      assert.match(page, new RegExp(`^# ${id}\n`), `${id}.md starts with the rule's id`)
      for (const section of ['What it flags', 'Why', 'Examples', 'How to fix', 'How to ignore', 'Settings']) {
        assert.match(page, new RegExp(`^## ${section}$`, 'm'), `${id}.md has a section "${section}"`)
      }
      assert.match(page, new RegExp(`"${id}"`), `${id}.md names its key in sourced.severity`)
      assert.doesNotMatch(page, /https?:\/\//, `${id}.md links nowhere outside the package`)
    }
  })

  it('has a page for no rule that is not in the table', () => {
    const pages = readdirSync(resolve(root, 'docs/rules')).sort()
    assert.deepEqual(pages, ruleIds.map((id) => `${id}.md`).sort())
  })
})
