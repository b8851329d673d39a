import { describe, expect, it } from 'vitest'
import { filledReport, lintWith, outcome } from '../../../test/helpers.js'
import { editionFor, editionMatchesYear } from './index.js'

const year = (reportYear: number | null) => ({ meta: { title: null, agencyName: null, agencyType: null, reportYear, publicationDate: null } })

describe('edition-matches-year (S4)', () => {
  it('knows the edition in force for each year', () => {
    expect([2018, 2019, 2020, 2021, 2024].map(editionFor)).toEqual(['legacy', '2019', '2019', '2021', '2021'])
  })

  it('passes a 2022 report with 2021 tables and a 2020 report with 2019 tables', () => {
    expect(outcome(lintWith(editionMatchesYear, filledReport('2021', year(2022))))).toBe('passed')
    expect(outcome(lintWith(editionMatchesYear, filledReport('2019', year(2020))))).toBe('passed')
  })

  it('fails a 2022 report with 2019 tables (螅镇 2022)', () => {
    const { diagnostics } = lintWith(editionMatchesYear, filledReport('2019', year(2022)))
    expect(diagnostics).toMatchObject([
      { message: '2022 年度报告应使用 2021 版式（国办公开办函〔2021〕30号），实际为 2019 版式', keys: ['meta.reportYear'], expected: '2021', actual: '2019' },
    ])
  })

  it('is not assessable without a report year', () => {
    expect(outcome(lintWith(editionMatchesYear, filledReport('2021', year(null))))).toBe('notAssessable')
  })
})
