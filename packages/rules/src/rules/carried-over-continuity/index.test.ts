import { describe, expect, it } from 'vitest'
import { checkSeries } from '../../check-series.js'
import { yearReport } from '../../../test/series-helpers.js'

const only = { config: [{ plugins: { zfxxgk: (await import('../../plugin.js')).plugin }, rules: { 'zfxxgk/carried-over-continuity': 'warn' as const } }] }

describe('carried-over-continuity (T3-6)', () => {
  it('passes when each year carries over what the year before carried forward', () => {
    const series = [
      yearReport(2022, { 'applications.carriedForward.naturalPerson': 2, 'applications.carriedForward.total': 2 }),
      yearReport(2023, { 'applications.carriedOver.naturalPerson': 2, 'applications.carriedOver.total': 2 }),
    ]
    expect(checkSeries(series, only).results.passed).toEqual(['zfxxgk/carried-over-continuity'])
  })

  it('fails the later year’s cell, in any order of input', () => {
    const series = [yearReport(2023, { 'applications.carriedOver.total': 1 }), yearReport(2022, { 'applications.carriedForward.total': 3 })]
    const { diagnostics } = checkSeries(series, only)
    expect(diagnostics).toMatchObject([
      { severity: 'warning', keys: ['applications.carriedOver.total'], expected: '3', actual: '1', message: '2023 年“总计”列上年结转为 1，2022 年报告结转下年度为 3' },
    ])
  })

  it('compares only 总计 with the option columns: total', () => {
    const series = [yearReport(2022, { 'applications.carriedForward.otherOrg': 1 }), yearReport(2023)]
    const config = [{ ...only.config[0]!, rules: { 'zfxxgk/carried-over-continuity': ['warn', { columns: 'total' }] as ['warn', unknown] } }]
    expect(checkSeries(series, { config }).results.passed).toEqual(['zfxxgk/carried-over-continuity'])
    expect(checkSeries(series, only).results.failed).toEqual(['zfxxgk/carried-over-continuity'])
  })

  it('is not assessable with no consecutive years', () => {
    expect(checkSeries([yearReport(2020), yearReport(2022)], only).results.notAssessable).toEqual(['zfxxgk/carried-over-continuity'])
  })
})
