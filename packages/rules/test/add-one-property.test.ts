import { readFileSync } from 'node:fs'
import { textAdapters } from '@zfxxgk/adapters'
import { cellKeys, getPath, lintReport, parseReportSync, readCell, setPath, type Report } from '@zfxxgk/core'
import { describe, expect, it } from 'vitest'
import { allRules, recommended } from '../src/index.js'

const seeds = ['000_d8fd9a1c9776479a.txt', '001_9ec49e90548ab3ce.txt', '002_999193c3277cf575.txt', '003_7a65bc881374ab27.txt', '004_1d3bd799e56a65c1.txt']
const official = new Set(allRules.filter((r) => r.meta.level === 'official').map((r) => `zfxxgk/${r.meta.id}`))

const parsed = seeds.map((file) => {
  const text = readFileSync(new URL(`../../adapters/test/fixtures/seeds/${file}`, import.meta.url), 'utf8')
  const result = parseReportSync(text, { adapters: textAdapters })
  const report = result.report!
  const keys = cellKeys(report.edition).filter((key) => key.startsWith('applications.') || key.startsWith('reviewLitigation.'))
  const complete = keys.every((key) => readCell(report, result.sourceMap, key) !== undefined)
  return { file, result, report, keys, complete }
})

describe('adding 1 to any one cell of tables 三 and 四', () => {
  it('the seeds with complete tables are 001, 002 and 003 (000 has ambiguous rows, 004 a truncated table)', () => {
    expect(parsed.filter((p) => p.complete).map((p) => p.file.slice(0, 3))).toEqual(['001', '002', '003'])
  })

  for (const seed of parsed.filter((p) => p.complete)) {
    it(`${seed.file.slice(0, 3)}: makes an official rule fail and name that cell (${seed.keys.length} cells)`, () => {
      const lint = (report: Report) =>
        lintReport(report, { config: recommended, sourceMap: seed.result.sourceMap, document: seed.result.document!, parseDiagnostics: seed.result.diagnostics })
      const before = lint(seed.report)
      const baseline = new Set(before.results.failed)
      for (const key of seed.keys) {
        const changed = structuredClone(seed.report)
        setPath(changed as unknown as Record<string, unknown>, key, (getPath(changed, key) as number) + 1)
        const after = lint(changed)
        const named = after.diagnostics.filter((d) => official.has(d.ruleId) && d.messageId !== 'notAssessable' && d.keys?.includes(key))
        expect(named.length, key).toBeGreaterThan(0)
        expect(after.results.failed.some((id) => official.has(id) && !baseline.has(id)), key).toBe(true)
      }
    })
  }
})
