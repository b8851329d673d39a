import { describe, expect, it } from 'vitest'
import { filledReport, lintWith, outcome } from '../../../test/helpers.js'
import { applicationsNarrativeCounts } from './index.js'

describe('applications-narrative-counts (T3-10)', () => {
  it('passes numbers that match a reading of the table', () => {
    const report = filledReport('2021', {
      overview: '2022年，共受理依申请公开5件。全部办结5件，予以公开3件。',
      'applications.newReceived.total': 4, 'applications.carriedOver.total': 1, 'applications.results.total.total': 5, 'applications.results.granted.total': 3,
    })
    // 5 = 新收 4 + 上年结转 1: one of the readings.
    expect(outcome(lintWith(applicationsNarrativeCounts, report))).toBe('passed')
  })

  it('reports, at info, a number that matches no reading, listing the readings', () => {
    const report = filledReport('2019', { overview: '全年共收到政府信息公开申请9件。', 'applications.newReceived.total': 7, 'applications.carriedOver.total': 1 })
    const { diagnostics } = lintWith(applicationsNarrativeCounts, report)
    expect(diagnostics).toMatchObject([
      { severity: 'info', message: '正文称收到申请 9（“全年共收到政府信息公开申请9件。”），表格为 7 / 8', expected: '7 / 8', actual: '9' },
    ])
  })

  it('reports “未收到申请” against a table with applications', () => {
    const report = filledReport('2021', { overview: '今年以来，我镇未收到群众要求公开政府信息的相关申请。', 'applications.newReceived.total': 2 })
    expect(lintWith(applicationsNarrativeCounts, report).diagnostics.map((d) => [d.data?.['said'], d.data?.['table']])).toEqual([[0, 2]])
  })

  it('is not assessable when the quoted cell is missing', () => {
    const report = filledReport('2021', { overview: '全年办结申请3件。', 'applications.results.total.total': null })
    expect(outcome(lintWith(applicationsNarrativeCounts, report))).toBe('notAssessable')
  })
})
