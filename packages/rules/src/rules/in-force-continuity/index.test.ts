import { describe, expect, it } from 'vitest'
import { checkSeries } from '../../check-series.js'
import { plugin } from '../../plugin.js'
import { yearReport } from '../../../test/series-helpers.js'

const only = { config: [{ plugins: { zfxxgk: plugin }, rules: { 'zfxxgk/in-force-continuity': 'info' as const } }] }
const base = 'activeDisclosure.normativeDocuments'

describe('in-force-continuity (T2-4)', () => {
  it('passes when in force = last year’s in force + issued − repealed', () => {
    const series = [yearReport(2022, { [`${base}.inForce`]: 10 }), yearReport(2023, { [`${base}.issued`]: 3, [`${base}.repealed`]: 1, [`${base}.inForce`]: 12 })]
    expect(checkSeries(series, only).results.passed).toEqual(['zfxxgk/in-force-continuity'])
  })

  it('reports, at info, a count that does not follow', () => {
    const series = [yearReport(2022, { [`${base}.inForce`]: 10 }), yearReport(2023, { [`${base}.issued`]: 3, [`${base}.repealed`]: 1, [`${base}.inForce`]: 9 })]
    const { diagnostics } = checkSeries(series, only)
    expect(diagnostics).toMatchObject([
      { severity: 'info', expected: '12', actual: '9', message: '2023 年行政规范性文件现行有效件数为 9，按 2022 年 10 + 制发 3 − 废止 1 应为 12' },
    ])
  })

  it('is not assessable across a change of edition, and skipped for 2019 series', () => {
    expect(checkSeries([yearReport(2019), yearReport(2020)], only).results.skipped).toEqual(['zfxxgk/in-force-continuity'])
    expect(checkSeries([yearReport(2020), yearReport(2021)], only).results.notAssessable).toEqual(['zfxxgk/in-force-continuity'])
  })
})
