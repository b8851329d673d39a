import { describe, expect, it } from 'vitest'
import { filledReport, lintWith, outcome } from '../../../test/helpers.js'
import { applicationsResultsTotal } from './index.js'

describe('applications-results-total (T3-2)', () => {
  it('passes when （七）总计 is the sum of （一）–（六） (2021: the three （六） items)', () => {
    const report = filledReport('2021', {
      'applications.results.granted.total': 3,
      'applications.results.withheld.stateSecret.total': 1,
      'applications.results.otherHandling.unpaidFee.total': 2,
      'applications.results.otherHandling.total.total': 2,
      'applications.results.total.total': 6,
    })
    expect(outcome(lintWith(applicationsResultsTotal, report))).toBe('passed')
  })

  it('uses the single （六） row in 2019', () => {
    const report = filledReport('2019', { 'applications.results.otherHandling.total.naturalPerson': 2, 'applications.results.total.naturalPerson': 2 })
    expect(outcome(lintWith(applicationsResultsTotal, report))).toBe('passed')
  })

  it('fails a column whose total differs and names the total and its items', () => {
    const report = filledReport('2019', { 'applications.results.notProcessed.duplicate.otherOrg': 4, 'applications.results.total.otherOrg': 3 })
    const { diagnostics } = lintWith(applicationsResultsTotal, report)
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]).toMatchObject({ messageId: 'mismatch', expected: '4', actual: '3', message: '表三“其他”列（七）总计为 3，（一）至（六）各项之和为 4' })
    expect(diagnostics[0]!.keys![0]).toBe('applications.results.total.otherOrg')
    expect(diagnostics[0]!.keys).toContain('applications.results.notProcessed.duplicate.otherOrg')
    expect(diagnostics[0]!.keys).toHaveLength(1 + 19)
  })

  it('checks a （六） total read from a 2021 document against its three items', () => {
    const report = filledReport('2021', { 'applications.results.otherHandling.total.total': 1 })
    const { diagnostics } = lintWith(applicationsResultsTotal, report, { lang: 'en' })
    expect(diagnostics.map((d) => [d.messageId, d.message])).toEqual([
      ['otherHandlingMismatch', 'Unexpected （六） total 1 in column `总计`, expected 0 (the sum of its three items)'],
    ])
  })

  it('is not assessable when an item row is missing', () => {
    const report = filledReport('2021', { 'applications.results.granted.naturalPerson': null })
    const result = lintWith(applicationsResultsTotal, report)
    expect(outcome(result)).toBe('notAssessable')
    expect(result.diagnostics[0]!.keys).toEqual(['applications.results.granted.naturalPerson'])
  })
})
