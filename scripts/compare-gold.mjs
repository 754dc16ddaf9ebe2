// Developer aid: prints, per article, each gold figure and claim beside what the
// CLI found, to see why score.mjs scores what it does. Reads ../shared/corpus at run time.
//   node scripts/compare-gold.mjs [../shared/corpus/dev/NAME.txt …]
import {execFileSync} from 'node:child_process'
import {readFileSync, readdirSync} from 'node:fs'
import {join, resolve} from 'node:path'

const dir = resolve('../shared/corpus/dev')
const files = process.argv.slice(2).length
  ? process.argv.slice(2).map((f) => resolve(f))
  : readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => join(dir, f))
const out = JSON.parse(
  execFileSync('node', ['dist/cli.js', '--format', 'json', ...files], {encoding: 'utf8', maxBuffer: 1 << 28})
)
for (const report of out.files) {
  const text = readFileSync(report.path, 'utf8')
  const gold = JSON.parse(readFileSync(report.path.replace(/\.txt$/, '.gold.json'), 'utf8'))
  const name = (id) => report.sources.find((s) => s.id === id)?.name ?? id
  console.log(`\n=== ${report.path.split('/').pop()} (${report.language})`)
  console.log('sources:', report.sources.map((s) => `${s.id}[${s.type}]{${s.aliases.join(' | ')}}`).join('  '))
  const nth = (needle, n) => {
    let at = -1
    for (let k = 0; k < n; k++) {
      at = text.indexOf(needle, at + 1)
      if (at < 0) return -1
    }
    return at
  }
  const used = new Set()
  for (const g of gold.figures) {
    const start = nth(g.text, g.occurrence ?? 1)
    const m = report.figures.find((f) => !used.has(f) && f.start < start + g.text.length && start < f.end)
    if (m) used.add(m)
    const ok = m && m.status === g.status ? 'ok ' : 'XX '
    const got = m
      ? `${JSON.stringify(m.text)} ${m.status}${m.source ? '→' + name(m.source) : ''} ${m.via ?? ''}`
      : 'MISSING'
    const want = `${JSON.stringify(g.text)} ${g.status}${g.source ? '→' + g.source : ''}`
    console.log(`  ${ok}gold ${want}   got ${got}`)
  }
  for (const f of report.figures.filter((f) => !used.has(f)))
    console.log(`  FP  ${JSON.stringify(f.text)} ${f.status}${f.source ? '→' + name(f.source) : ''}`)
  for (const g of gold.claims) {
    const start = text.indexOf(g.quote)
    const hits = report.claims.filter((c) => c.start < start + g.quote.length && start < c.end)
    const found = hits.map((c) => `${c.source ? name(c.source) : 'null'}/${c.kind}`).join(', ') || 'none'
    const want = `${g.source ?? 'null'} ${g.kind} ${JSON.stringify(g.quote.slice(0, 60))}`
    console.log(`  ${hits.length ? 'c  ' : 'CX '}${want} → ${found}`)
  }
  for (const c of report.claims) {
    const overlap = gold.claims.some((g) => {
      const s = text.indexOf(g.quote)
      return c.start < s + g.quote.length && s < c.end
    })
    if (!overlap)
      console.log(
        `  CFP ${c.source ? name(c.source) : 'null'}/${c.kind} cue=${JSON.stringify(c.cue.text)} ` +
          JSON.stringify(text.slice(c.start, c.end).slice(0, 70))
      )
  }
}
