import { readFileSync } from 'node:fs'
import { defaultAdapters } from '@zfxxgk/adapters'
import { parseReport } from '@zfxxgk/core'
import { describe, expect, it } from 'vitest'
import { checkSeries } from '../src/index.js'

async function read(file: string) {
  const result = await parseReport(readFileSync(new URL(`../../adapters/test/fixtures/html/${file}`, import.meta.url)), { adapters: defaultAdapters })
  return { report: result.report!, sourceMap: result.sourceMap }
}

describe('checkSeries on 平潭 2024 and 2025', () => {
  it('finds the break in 现行有效件数 (546 ≠ 440 + 58 − 45) and nothing else', async () => {
    const [y2025, y2024] = await Promise.all([read('pingtan-2025.html'), read('pingtan-2024.html')])
    const { diagnostics, results } = checkSeries([y2025, y2024])
    expect(results).toEqual({
      passed: ['zfxxgk/carried-over-continuity', 'zfxxgk/no-copied-text'],
      failed: ['zfxxgk/in-force-continuity'],
      notAssessable: [],
      skipped: ['zfxxgk/items-continuity'],
    })
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]).toMatchObject({
      ruleId: 'zfxxgk/in-force-continuity', severity: 'info', expected: '453', actual: '546',
      message: '2025 年行政规范性文件现行有效件数为 546，按 2024 年 440 + 制发 58 − 废止 45 应为 453',
      keys: ['activeDisclosure.normativeDocuments.inForce', 'activeDisclosure.normativeDocuments.issued', 'activeDisclosure.normativeDocuments.repealed'],
    })
    // The keys' sources are those of the 2025 report.
    expect(diagnostics[0]!.sources![0]!.raw.trim()).toBe('546')
  })
})
