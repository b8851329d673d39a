import { describe, expect, it } from 'vitest'
import { filledReport, lintWith, outcome } from '../../../test/helpers.js'
import { applicationsBalance } from './index.js'

describe('applications-balance (T3-1)', () => {
  it('passes when 一 + 二 = 三 + 四 in every column', () => {
    const report = filledReport('2021', {
      'applications.newReceived.naturalPerson': 5, 'applications.newReceived.total': 5,
      'applications.carriedOver.naturalPerson': 1, 'applications.carriedOver.total': 1,
      'applications.results.total.naturalPerson': 4, 'applications.results.total.total': 4,
      'applications.carriedForward.naturalPerson': 2, 'applications.carriedForward.total': 2,
    })
    expect(outcome(lintWith(applicationsBalance, report))).toBe('passed')
  })

  it('fails the column that does not balance and names its four cells', () => {
    const report = filledReport('2019', { 'applications.newReceived.commercialEnterprise': 3, 'applications.results.total.commercialEnterprise': 2 })
    const { diagnostics, results } = lintWith(applicationsBalance, report)
    expect(results.failed).toEqual(['zfxxgk/applications-balance'])
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]).toMatchObject({
      ruleId: 'zfxxgk/applications-balance', severity: 'error', source: '@zfxxgk/rules',
      keys: ['applications.newReceived.commercialEnterprise', 'applications.carriedOver.commercialEnterprise', 'applications.results.total.commercialEnterprise', 'applications.carriedForward.commercialEnterprise'],
      expected: '3', actual: '2',
      message: '表三“商业企业”列不平衡：本年新收 3 + 上年结转 0 = 3，办理结果总计 2 + 结转下年度 0 = 2',
      url: 'https://github.com/zfxxgk/zfxxgk/blob/main/packages/rules/src/rules/applications-balance/README.md',
    })
  })

  it('is not assessable when a needed cell is missing, and names it', () => {
    const report = filledReport('2021', { 'applications.carriedForward.total': null })
    const { diagnostics, results } = lintWith(applicationsBalance, report, { lang: 'en' })
    expect(results.notAssessable).toEqual(['zfxxgk/applications-balance'])
    expect(diagnostics).toMatchObject([{ severity: 'info', messageId: 'notAssessable', keys: ['applications.carriedForward.total'] }])
  })
})
