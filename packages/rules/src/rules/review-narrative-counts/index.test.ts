import { describe, expect, it } from 'vitest'
import { filledReport, lintWith, outcome } from '../../../test/helpers.js'
import { reviewNarrativeCounts } from './index.js'

describe('review-narrative-counts (T4-5)', () => {
  it('passes counts that match table 四', () => {
    const report = filledReport('2021', {
      overview: '全年发生行政复议2件，行政诉讼1件。',
      'reviewLitigation.review.total': 2, 'reviewLitigation.review.upheld': 2, 'reviewLitigation.litigationDirect.total': 1, 'reviewLitigation.litigationDirect.upheld': 1,
    })
    expect(outcome(lintWith(reviewNarrativeCounts, report))).toBe('passed')
  })

  it('reports 均获维持 against pending cases (Shanghai 2019)', () => {
    const report = filledReport('2019', {
      overview: '被申请行政复议的案件均获维持。',
      'reviewLitigation.review.upheld': 5, 'reviewLitigation.review.pending': 2, 'reviewLitigation.review.total': 7,
    })
    const { diagnostics } = lintWith(reviewNarrativeCounts, report)
    expect(diagnostics.map((d) => [d.messageId, d.message])).toEqual([
      ['allUpheld', '正文称均获维持（“被申请行政复议的案件均获维持。”），但表四有结果纠正 0 件、尚未审结 2 件'],
    ])
  })

  it('reports a case said to be pending when table 四 has none pending, and a wrong count', () => {
    const report = filledReport('2021', { overview: '收到行政复议1起，正在办理中。', 'reviewLitigation.review.upheld': 1, 'reviewLitigation.review.total': 1 })
    expect(lintWith(reviewNarrativeCounts, report).diagnostics.map((d) => d.messageId)).toEqual(['stillPending'])
    const count = filledReport('2021', { overview: '全年行政诉讼3件。' })
    expect(lintWith(reviewNarrativeCounts, count, { lang: 'en' }).diagnostics.map((d) => d.message)).toEqual(['The text says 行政诉讼 3 (“全年行政诉讼3件。”), the table says 0'])
  })

  it('ignores “正在办理” outside sentences about reviews or lawsuits', () => {
    expect(outcome(lintWith(reviewNarrativeCounts, filledReport('2021', { overview: '申请正在办理中。' })))).toBe('passed')
  })
})
