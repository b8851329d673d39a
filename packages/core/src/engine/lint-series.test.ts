import { describe, expect, it } from 'vitest'
import { emptyReport } from '../model/empty.js'
import { setPath } from '../model/paths.js'
import { definePlugin, defineRule } from './define.js'
import { lintSeries } from './lint-series.js'
import { lintReport } from './lint-report.js'

const carried = defineRule({
  meta: {
    id: 'carried', type: 'problem', level: 'heuristic', defaultSeverity: 'warning', editions: ['2019', '2021'],
    docs: { description: { zh: '结转连续', en: 'Carried over continues' }, url: 'https://example.org/carried' },
    messages: { broken: { zh: '{{year}} 年上年结转 {{actual}}，应为 {{expected}}', en: '{{year}}: carried over {{actual}}, expected {{expected}}' } },
  },
  checkSeries(series, context) {
    for (let i = 1; i < series.length; i++) {
      const expected = context.cell(i - 1, 'applications.carriedForward.total')
      const actual = context.cell(i, 'applications.carriedOver.total')
      if (expected === undefined || actual === undefined || expected === actual) continue
      context.report({ entry: i, messageId: 'broken', keys: ['applications.carriedOver.total'], data: { year: series[i]!.report.meta.reportYear!, expected, actual } })
    }
  },
})
const plugin = definePlugin({ meta: { name: 'example-plugin', namespace: 'ex' }, rules: { carried } })
const config = [{ plugins: { ex: plugin }, rules: { 'ex/carried': 'warn' as const } }]

function year(y: number, carriedOver: number | null, carriedForward: number | null) {
  const report = emptyReport('2021')
  report.meta.reportYear = y
  setPath(report, 'applications.carriedOver.total', carriedOver)
  setPath(report, 'applications.carriedForward.total', carriedForward)
  return report
}

describe('lintSeries', () => {
  it('sorts by report year and attaches the sources of the report the finding names', () => {
    const later = { report: year(2023, 1, 0), sourceMap: { 'applications.carriedOver.total': { raw: '1', location: { table: 3, row: 5, col: 8 } } } }
    const { diagnostics, results } = lintSeries([later, { report: year(2022, 0, 3) }], { config })
    expect(results.failed).toEqual(['ex/carried'])
    expect(diagnostics).toMatchObject([
      { ruleId: 'ex/carried', severity: 'warning', message: '2023 年上年结转 1，应为 3', location: { table: 3, row: 5, col: 8 }, sources: [{ key: 'applications.carriedOver.total', raw: '1' }] },
    ])
  })

  it('names the year of a cell it could not read, and reports without a year', () => {
    const { diagnostics, results } = lintSeries([{ report: year(2022, 0, null) }, { report: year(2023, 0, 0) }, { report: year(2024, 0, 0) }], { config })
    expect(results.notAssessable).toEqual(['ex/carried'])
    expect(diagnostics[0]!.keys).toEqual(['2022:applications.carriedForward.total'])
    const undated = year(2024, 0, 0)
    undated.meta.reportYear = null
    expect(lintSeries([{ report: year(2023, 0, 0) }, { report: undated }], { config }).diagnostics[0]!.keys).toEqual(['meta.reportYear'])
  })

  it('is not run by lintReport, which takes only the single-report rules', () => {
    expect(lintReport(year(2023, 0, 0), { config }).results).toEqual({ passed: [], failed: [], notAssessable: [], skipped: [] })
  })
})
