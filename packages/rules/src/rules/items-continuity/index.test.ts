import { describe, expect, it } from 'vitest'
import { checkSeries } from '../../check-series.js'
import { plugin } from '../../plugin.js'
import { yearReport } from '../../../test/series-helpers.js'

const only = { config: [{ plugins: { zfxxgk: plugin }, rules: { 'zfxxgk/items-continuity': 'warn' as const } }] }
const base = 'activeDisclosure.administrativeLicensing'

describe('items-continuity (T2-9)', () => {
  it('passes when 2020’s prior-year items = 2019’s items + change', () => {
    const series = [yearReport(2019, { [`${base}.priorYearItems`]: 40, [`${base}.itemsChange`]: -8 }), yearReport(2020, { [`${base}.priorYearItems`]: 32 })]
    expect(checkSeries(series, only).results.passed).toEqual(['zfxxgk/items-continuity'])
  })

  it('fails a count that does not follow', () => {
    const series = [yearReport(2019, { [`${base}.priorYearItems`]: 40, [`${base}.itemsChange`]: 4 }), yearReport(2020, { [`${base}.priorYearItems`]: 40 })]
    const { diagnostics } = checkSeries(series, only)
    expect(diagnostics).toMatchObject([
      { severity: 'warning', keys: [`${base}.priorYearItems`], expected: '44', actual: '40', message: '2020 年“行政许可”上一年项目数量为 40，按 2019 年 40 + 4 应为 44' },
    ])
  })

  it('is skipped for 2021-edition reports, and not assessable without consecutive years', () => {
    expect(checkSeries([yearReport(2021), yearReport(2022)], only).results.skipped).toEqual(['zfxxgk/items-continuity'])
    expect(checkSeries([yearReport(2019)], only).results.notAssessable).toEqual(['zfxxgk/items-continuity'])
  })
})
