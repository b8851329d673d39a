import { applicantColumns, type SourceMap } from '@zfxxgk/core'
import { describe, expect, it } from 'vitest'
import { usesSingleOtherRow } from '../src/lib/applications.js'
import { applicantTotal, applicationsNonNegative, applicationsResultsTotal } from '../src/index.js'
import { filledReport, lintWith } from './helpers.js'

// A 2021 report whose table 三 has 2019's single （六） row (洪泽 2024): the parser keeps that row as
// the （六） total, read from the document; the three 2021 items are not in the document.
const items = ['overdueCorrection', 'unpaidFee', 'other']
const columns = applicantColumns.map((c) => c.key)
function hybrid(single: number, total: number) {
  const values: Record<string, unknown> = {}
  for (const item of items) for (const c of columns) values[`applications.results.otherHandling.${item}.${c}`] = null
  values['applications.results.otherHandling.total.naturalPerson'] = single
  values['applications.results.otherHandling.total.total'] = single
  values['applications.results.total.naturalPerson'] = total
  values['applications.results.total.total'] = total
  const sourceMap: SourceMap = Object.fromEntries(columns.map((c) => [`applications.results.otherHandling.total.${c}`, { raw: c === 'naturalPerson' || c === 'total' ? String(single) : '0' }]))
  return { report: filledReport('2021', values), sourceMap }
}

describe('a 2021 table with the single （六） row of 2019', () => {
  it('is recognised from the source map', () => {
    const { report, sourceMap } = hybrid(2, 2)
    expect(usesSingleOtherRow(report, sourceMap)).toBe(true)
    expect(usesSingleOtherRow(report, { ...sourceMap, 'applications.results.otherHandling.total.total': { raw: '', status: 'derived' } })).toBe(false)
    expect(usesSingleOtherRow(filledReport('2019'), sourceMap)).toBe(false)
  })

  it('sums the single row in T3-2 and checks it in T3-3 and T3-4 instead of the absent items', () => {
    const { report, sourceMap } = hybrid(2, 2)
    for (const rule of [applicationsResultsTotal, applicantTotal, applicationsNonNegative]) {
      expect(lintWith(rule, report, { sourceMap }).results.passed, rule.meta.id).toEqual([`zfxxgk/${rule.meta.id}`])
    }
    const wrong = hybrid(2, 1)
    expect(lintWith(applicationsResultsTotal, wrong.report, { sourceMap: wrong.sourceMap }).diagnostics.map((d) => [d.data?.['column'], d.expected, d.actual])).toEqual([
      ['自然人', '2', '1'], ['总计', '2', '1'],
    ])
  })
})
