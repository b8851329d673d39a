import { describe, expect, it } from 'vitest'
import { filledReport, lintWith, outcome } from '../../../test/helpers.js'
import { applicationsNonNegative } from './index.js'

describe('applications-non-negative (T3-4)', () => {
  it('passes whole numbers ≥ 0', () => {
    expect(outcome(lintWith(applicationsNonNegative, filledReport('2021', { 'applications.newReceived.total': 12 })))).toBe('passed')
  })

  it('fails negative and fractional cells, one finding each', () => {
    const report = filledReport('2021', { 'applications.newReceived.naturalPerson': -1, 'applications.carriedForward.total': 1.5 })
    const { diagnostics } = lintWith(applicationsNonNegative, report)
    expect(diagnostics.map((d) => [d.keys, d.actual, d.message])).toEqual([
      [['applications.newReceived.naturalPerson'], '-1', '表三单元格 applications.newReceived.naturalPerson 为 -1，应为非负整数'],
      [['applications.carriedForward.total'], '1.5', '表三单元格 applications.carriedForward.total 为 1.5，应为非负整数'],
    ])
  })

  it('is not assessable when cells are unreadable', () => {
    const report = filledReport('2019', { 'applications.newReceived.total': null })
    const result = lintWith(applicationsNonNegative, report, { sourceMap: { 'applications.newReceived.total': { raw: 'abc', status: 'unreadable' } } })
    expect(outcome(result)).toBe('notAssessable')
  })
})
