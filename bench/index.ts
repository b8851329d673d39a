// Runs every benchmark file in this folder; each exports `run(): Promise<ComparisonResult[]>`.
import { readdirSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { ComparisonResult } from './harness.js'

const here = fileURLToPath(new URL('.', import.meta.url))
const only = process.argv[2]
const files = readdirSync(here).filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only))).sort()
let missed = 0
for (const file of files) {
  const mod = (await import(pathToFileURL(here + file).href)) as { run: () => Promise<ComparisonResult[]> }
  const results = await mod.run()
  missed += results.filter((r) => !r.ok).length
}
console.log(`\n${missed === 0 ? 'All targets met.' : `${missed} target(s) missed.`}`)
