import { describe, expect, it } from 'vitest'
import { filledReport, lintWith, outcome } from '../../../test/helpers.js'
import { disclosureNarrativeCounts } from './index.js'

describe('disclosure-narrative-counts (T2-10)', () => {
  it('passes when the text quotes the table', () => {
    const report = filledReport('2021', { overview: '全年制发行政规范性文件3件，办理行政许可2624件。', 'activeDisclosure.normativeDocuments.issued': 3, 'activeDisclosure.administrativeLicensing.decisions': 2624 })
    expect(outcome(lintWith(disclosureNarrativeCounts, report))).toBe('passed')
  })

  it('passes a text without numbers for table 二', () => {
    expect(outcome(lintWith(disclosureNarrativeCounts, filledReport('2021', { overview: '公开政策文件等信息55条。' })))).toBe('passed')
  })

  it('reports, at info, a number the table does not have, with the sentence', () => {
    const report = filledReport('2021', { overview: '我局全年共作出行政处罚决定12件，均已公开。', 'activeDisclosure.administrativePenalty.decisions': 10 })
    const { diagnostics } = lintWith(disclosureNarrativeCounts, report)
    expect(diagnostics).toMatchObject([
      {
        severity: 'info', message: '正文称行政处罚 12（“我局全年共作出行政处罚决定12件，均已公开。”），表格为 10',
        keys: ['overview', 'activeDisclosure.administrativePenalty.decisions'], expected: '10', actual: '12',
      },
    ])
  })

  it('accepts, for 2019, the items count as a reading of 行政许可事项 N 项', () => {
    const report = filledReport('2019', { overview: '现有行政许可事项35项。', 'activeDisclosure.administrativeLicensing.priorYearItems': 35 })
    expect(outcome(lintWith(disclosureNarrativeCounts, report))).toBe('passed')
  })
})
