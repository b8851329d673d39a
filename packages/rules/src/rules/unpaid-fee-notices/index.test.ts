import { describe, expect, it } from 'vitest'
import { filledReport, lintWith, outcome } from '../../../test/helpers.js'
import { noticesReported, unpaidFeeNotices } from './index.js'

const unpaid = 'applications.results.otherHandling.unpaidFee.total'

describe('unpaid-fee-notices (T3-9)', () => {
  it('reads how many notices section 六 says were issued', () => {
    expect(noticesReported('本年度共发出收费通知3件，总金额300元，实际收取200元。')?.count).toBe(3)
    expect(noticesReported('本年度未发出收费通知，未收取信息处理费。')?.count).toBe(0)
    expect(noticesReported('无')).toBeNull()
  })

  it('passes when no application was closed for unpaid fees, whatever section 六 says', () => {
    expect(outcome(lintWith(unpaidFeeNotices, filledReport('2021', { otherMatters: '无' })))).toBe('passed')
  })

  it('passes when section 六 reports at least that many notices', () => {
    expect(outcome(lintWith(unpaidFeeNotices, filledReport('2021', { [unpaid]: 2, otherMatters: '本年度发出收费通知2件，均未缴费。' })))).toBe('passed')
  })

  it('fails when section 六 reports fewer notices, or none at all', () => {
    const fewer = lintWith(unpaidFeeNotices, filledReport('2021', { [unpaid]: 2, otherMatters: '本年度未发出收费通知，未收取信息处理费。' }))
    expect(fewer.diagnostics).toMatchObject([
      { severity: 'warning', keys: [unpaid, 'otherMatters'], expected: '≥ 2', actual: '0', message: '表三有 2 件申请因逾期未缴费不再处理，但第六部分只报告发出收费通知 0 件（“本年度未发出收费通知，未收取信息处理费。”）' },
    ])
    const silent = lintWith(unpaidFeeNotices, filledReport('2021', { [unpaid]: 1, otherMatters: '无' }), { lang: 'en' })
    expect(silent.diagnostics.map((d) => d.message)).toEqual(['Table 三 closes 1 applications for unpaid fees, but section 六 does not say how many fee notices were issued'])
  })

  it('is not assessable when the row is missing', () => {
    expect(outcome(lintWith(unpaidFeeNotices, filledReport('2021', { [unpaid]: null })))).toBe('notAssessable')
  })
})
