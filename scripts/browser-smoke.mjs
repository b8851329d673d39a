// Runs zfxxgk in a real browser: bundles the built package for the browser, opens a page in
// headless Chromium that parses sample reports (text, Markdown, HTML) and checks them with the
// recommended rules, and compares what the page prints with what Node computes.
import { build } from 'esbuild'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium'
const samples = ['mianyang-2021.txt', 'fengling-2023.txt', 'mianyang-2021.md', 'sample-2025-minimal.html']
const dir = mkdtempSync(join(tmpdir(), 'zfxxgk-browser-'))

const bundle = await build({ entryPoints: ['packages/zfxxgk/dist/index.js'], bundle: true, platform: 'browser', format: 'iife', globalName: 'zfxxgk', write: false, logLevel: 'silent' })
const inputs = Object.fromEntries(samples.map((name) => [name, readFileSync(`examples/reports/${name}`, 'utf8')]))

const summarise = `async (zfxxgk, inputs) => {
  const out = {}
  for (const [name, text] of Object.entries(inputs)) {
    const r = await zfxxgk.parseReport(new TextEncoder().encode(text), { fileName: name })
    out[name] = { format: r.format, edition: r.report && r.report.edition, agency: r.report && r.report.meta.agencyName,
      newReceived: r.report && r.report.applications.newReceived.total, failed: r.ruleResults && r.ruleResults.failed,
      errors: r.diagnostics.filter((d) => d.severity === 'error').length }
  }
  return out
}`

writeFileSync(join(dir, 'page.html'), `<!doctype html><meta charset="utf-8"><body><pre id="out">pending</pre>
<script>${bundle.outputFiles[0].text}</script>
<script>
const inputs = ${JSON.stringify(inputs)};
(${summarise})(zfxxgk, inputs).then((r) => { document.getElementById('out').textContent = 'RESULT' + JSON.stringify(r) + 'END' },
  (e) => { document.getElementById('out').textContent = 'RESULT' + JSON.stringify({ error: String(e && e.stack || e) }) + 'END' })
</script>`)

const html = execFileSync(chromium, [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', `--user-data-dir=${join(dir, 'profile')}`, '--virtual-time-budget=20000',
  '--dump-dom', `file://${join(dir, 'page.html')}`,
], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 120_000, stdio: ['ignore', 'pipe', 'ignore'] })
const match = /<pre id="out">RESULT(.*?)END<\/pre>/s.exec(html)
if (!match) throw new Error('the page printed no result')
const inBrowser = JSON.parse(match[1].replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'))

const zfxxgk = await import('../packages/zfxxgk/dist/index.js')
const inNode = await new Function('return ' + summarise)()(zfxxgk, inputs)

const same = JSON.stringify(inBrowser) === JSON.stringify(inNode)
for (const [name, r] of Object.entries(inBrowser)) console.log(`${same ? 'ok  ' : 'DIFF'} ${name.padEnd(26)} ${JSON.stringify(r)}`)
if (!same) {
  console.error('browser and Node disagree:\n' + JSON.stringify(inNode))
  process.exit(1)
}
console.log('zfxxgk ran in headless Chromium and agreed with Node on every sample.')
