import { describe, expect, it } from 'vitest'
import { filledReport, lintWith, outcome } from '../../../test/helpers.js'
import { reviewTotal } from './index.js'

const key = (column: string) => `reviewLitigation.review.${column}`

describe('review-total (T4-1)', () => {
  it('passes when 总计 = 维持 + 纠正 + 其他 + 尚未审结', () => {
    const report = filledReport('2021', { [key('upheld')]: 2, [key('corrected')]: 1, [key('pending')]: 1, [key('total')]: 4 })
    expect(outcome(lintWith(reviewTotal, report))).toBe('passed')
  })

  it('fails a wrong total and names the five cells, the total first', () => {
    const report = filledReport('2019', { [key('upheld')]: 2, [key('otherResult')]: 1, [key('total')]: 2 })
    const { diagnostics } = lintWith(reviewTotal, report)
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]).toMatchObject({
      ruleId: 'zfxxgk/review-total', severity: 'error', expected: '3', actual: '2',
      keys: ['total', 'upheld', 'corrected', 'otherResult', 'pending'].map(key),
      message: '表四行政复议总计为 2，结果维持 2 + 结果纠正 0 + 其他结果 1 + 尚未审结 0 = 3',
    })
  })

  it('is not assessable when a cell is missing (table 四 absent)', () => {
    const report = filledReport('2021', { [key('pending')]: null })
    const result = lintWith(reviewTotal, report, { sourceMap: { [key('pending')]: { raw: '', status: 'missing' } } })
    expect(outcome(result)).toBe('notAssessable')
    expect(result.diagnostics[0]!.keys).toEqual([key('pending')])
  })
})
