import { describe, expect, it } from 'vitest'
import { filledReport, lintWith, outcome } from '../../../test/helpers.js'
import { reviewLitigationNonNegative } from './index.js'

describe('review-litigation-non-negative (T4-4)', () => {
  it('passes whole numbers ≥ 0', () => {
    expect(outcome(lintWith(reviewLitigationNonNegative, filledReport('2021', { 'reviewLitigation.review.total': 3 })))).toBe('passed')
  })

  it('fails a negative or fractional cell', () => {
    const report = filledReport('2019', { 'reviewLitigation.litigationDirect.pending': -2, 'reviewLitigation.review.upheld': 0.5 })
    const { diagnostics } = lintWith(reviewLitigationNonNegative, report, { lang: 'en' })
    expect(diagnostics.map((d) => d.message)).toEqual([
      'Unexpected 0.5 in `reviewLitigation.review.upheld` of table 四, expected a whole number ≥ 0',
      'Unexpected -2 in `reviewLitigation.litigationDirect.pending` of table 四, expected a whole number ≥ 0',
    ])
  })

  it('is not assessable when the row is missing', () => {
    expect(outcome(lintWith(reviewLitigationNonNegative, filledReport('2021', { 'reviewLitigation.review.total': null })))).toBe('notAssessable')
  })
})
