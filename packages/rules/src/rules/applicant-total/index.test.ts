import { describe, expect, it } from 'vitest'
import { filledReport, lintWith, outcome } from '../../../test/helpers.js'
import { applicantTotal } from './index.js'

describe('applicant-total (T3-3)', () => {
  it('passes when every row total is the sum of the six applicant columns', () => {
    const report = filledReport('2021', {
      'applications.newReceived.naturalPerson': 4, 'applications.newReceived.legalServiceOrg': 1, 'applications.newReceived.total': 5,
    })
    expect(outcome(lintWith(applicantTotal, report))).toBe('passed')
  })

  it('fails the row whose total differs, naming the total first', () => {
    const report = filledReport('2019', { 'applications.results.granted.naturalPerson': 2, 'applications.results.granted.total': 3 })
    const { diagnostics } = lintWith(applicantTotal, report)
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]).toMatchObject({
      message: '表三“（一）予以公开”行总计为 3，六类申请人之和为 2',
      keys: ['total', 'naturalPerson', 'commercialEnterprise', 'researchInstitution', 'publicWelfareOrg', 'legalServiceOrg', 'otherOrg'].map((c) => `applications.results.granted.${c}`),
      expected: '2', actual: '3',
    })
  })

  it('checks the derived （六） row of 2021 only where it holds values', () => {
    const report = filledReport('2021', { 'applications.results.otherHandling.total.otherOrg': 1 })
    expect(lintWith(applicantTotal, report).diagnostics.map((d) => d.keys![0])).toEqual(['applications.results.otherHandling.total.total'])
    const blank = filledReport('2021', { 'applications.results.otherHandling.total.otherOrg': null })
    expect(outcome(lintWith(applicantTotal, blank))).toBe('passed')
  })

  it('is not assessable for a row with a blank cell (blank is not read as 0)', () => {
    const report = filledReport('2019', { 'applications.carriedOver.total': null })
    const result = lintWith(applicantTotal, report, { sourceMap: { 'applications.carriedOver.total': { raw: '', status: 'blank' } } })
    expect(outcome(result)).toBe('notAssessable')
  })
})
