import { describe, expect, it } from 'vitest'
import { filledReport, lintWith, outcome } from '../../../test/helpers.js'
import { publishedTotalCoversNew } from './index.js'

describe('published-total-covers-new (T2-6)', () => {
  it('passes when 对外公开总数量 ≥ 本年新公开数量', () => {
    const report = filledReport('2019', { 'activeDisclosure.normativeDocuments.newlyPublished': 52, 'activeDisclosure.normativeDocuments.totalPublished': 160 })
    expect(outcome(lintWith(publishedTotalCoversNew, report))).toBe('passed')
  })

  it('fails seed 003’s 规范性文件 52 / 52 / 48 as a warning', () => {
    const report = filledReport('2019', {
      'activeDisclosure.normativeDocuments.newlyMade': 52, 'activeDisclosure.normativeDocuments.newlyPublished': 52, 'activeDisclosure.normativeDocuments.totalPublished': 48,
    })
    const { diagnostics } = lintWith(publishedTotalCoversNew, report)
    expect(diagnostics).toMatchObject([
      { severity: 'warning', message: '规范性文件对外公开总数量 48 小于本年新公开数量 52', expected: '≥ 52', actual: '48' },
    ])
  })

  it('is skipped for 2021 reports', () => {
    expect(outcome(lintWith(publishedTotalCoversNew, filledReport('2021')))).toBe('skipped')
  })
})
