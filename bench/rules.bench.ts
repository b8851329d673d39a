import { readFileSync, readdirSync } from 'node:fs'
import { pipeTable, tabText } from '@zfxxgk/adapters'
import { lintReport, parseReportSync } from '@zfxxgk/core'
import { strict } from '@zfxxgk/rules'
import { runComparisons, type ComparisonResult } from './harness.js'

const dir = new URL('../packages/adapters/test/fixtures/seeds/', import.meta.url)
const seeds = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
const adapters = [tabText, pipeTable]

/** All rules (`strict`) on a parsed report against parsing the same text without rules: target ≤ 0.3×. */
export async function run(): Promise<ComparisonResult[]> {
  return runComparisons(
    'All rules (strict) on a report vs parseReport of the same text without rules (target ≤ 0.3×)',
    seeds.map((file) => {
      const text = readFileSync(new URL(file, dir), 'utf8')
      const parsed = parseReportSync(text, { adapters })
      const options = { config: strict, sourceMap: parsed.sourceMap, document: parsed.document!, parseDiagnostics: parsed.diagnostics }
      return {
        name: `${file.slice(0, 3)} (${(text.length / 1024).toFixed(1)} KB)`,
        subject: () => lintReport(parsed.report!, options),
        baseline: () => parseReportSync(text, { adapters }),
        baselineName: 'parse',
        maxRatio: 0.3,
      }
    }),
  )
}
