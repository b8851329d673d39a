// Runs every benchmark file in this folder; each exports `run(): Promise<ComparisonResult[]>`.
// Each file runs in a process of its own, so that one file's garbage (mammoth's, say) is not
// collected in the middle of another file's measurements.
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { ComparisonResult } from './harness.js'

const here = fileURLToPath(new URL('.', import.meta.url))
const single = process.env['ZFXXGK_BENCH_FILE']

if (single) {
  // In the child: run one file; the exit code is the number of targets it missed.
  try {
    const mod = (await import(pathToFileURL(here + single).href)) as { run: () => Promise<ComparisonResult[]> }
    const results = await mod.run()
    process.exit(Math.min(results.filter((r) => !r.ok).length, 200))
  } catch (error) {
    console.error(error)
    process.exit(201)
  }
} else {
  const only = process.argv[2]
  const files = readdirSync(here).filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only))).sort()
  let missed = 0
  for (const file of files) {
    const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
      env: { ...process.env, ZFXXGK_BENCH_FILE: file },
      stdio: 'inherit',
    })
    if (child.status === null || child.status > 200) throw new Error(`bench ${file} failed (${child.signal ?? child.status})`)
    missed += child.status
  }
  console.log(`\n${missed === 0 ? 'All targets met.' : `${missed} target(s) missed.`}`)
}
