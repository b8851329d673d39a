import { readFileSync, readdirSync } from 'node:fs'
import { parseReportSync } from '@zfxxgk/core'
import { pipeTable, tabText } from '@zfxxgk/adapters'
import { runComparisons, type ComparisonResult } from './harness.js'

const dir = new URL('../packages/adapters/test/fixtures/seeds/', import.meta.url)
const seeds = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
const adapters = [tabText, pipeTable]

/** The baseline: what any reader of the text must do at least — split it into lines and cells. */
function splitLinesAndCells(text: string): number {
  let cells = 0
  for (const line of text.split(/\r\n|\n|\r/)) cells += line.split(/\t|\|/).length
  return cells
}

export async function run(): Promise<ComparisonResult[]> {
  const results = await runComparisons(
    'parseReport on the text seeds vs splitting the same text into lines and cells (target ≤ 4×)',
    seeds.map((file) => {
      const text = readFileSync(new URL(file, dir), 'utf8')
      return {
        name: file.slice(0, 3) + ` (${(text.length / 1024).toFixed(1)} KB)`,
        subject: () => parseReportSync(text, { adapters }),
        baseline: () => splitLinesAndCells(text),
        baselineName: 'split',
        maxRatio: 4,
      }
    }),
  )
  const seed = readFileSync(new URL(seeds[4]!, dir), 'utf8')
  // Large enough that anything quadratic shows (a table-of-contents scan once was). Both sizes
  // are past ~0.5 MB: below that a whole document fits in the engine's young generation and
  // parses at about a third of the cost per byte, which would measure memory regimes, not the parser.
  const small = seed.repeat(200)
  const large = seed.repeat(2000)
  results.push(
    ...(await runComparisons('Linear time: a 10× larger input takes about 10× as long (target ≤ 15×)', [
      { name: `${(large.length / 1e6).toFixed(1)} MB vs ${(small.length / 1e6).toFixed(1)} MB`, subject: () => parseReportSync(large, { adapters }), baseline: () => parseReportSync(small, { adapters }), baselineName: 'the small input', maxRatio: 15, unit: 'inputs' },
    ])),
  )
  return results
}
