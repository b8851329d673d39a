import { describe, expect, it } from 'vitest'
import { filledReport, lintWith, outcome } from '../../../test/helpers.js'
import { inForceCoversIssued } from './index.js'

describe('in-force-covers-issued (T2-5)', () => {
  it('passes when 现行有效件数 ≥ 本年制发件数', () => {
    const report = filledReport('2021', { 'activeDisclosure.normativeDocuments.issued': 3, 'activeDisclosure.normativeDocuments.inForce': 10 })
    expect(outcome(lintWith(inForceCoversIssued, report))).toBe('passed')
  })

  it('fails, at info, when fewer are in force than were issued', () => {
    const report = filledReport('2021', { 'activeDisclosure.normativeDocuments.issued': 3, 'activeDisclosure.normativeDocuments.inForce': 1 })
    const { diagnostics } = lintWith(inForceCoversIssued, report)
    expect(diagnostics).toMatchObject([
      { severity: 'info', message: '行政规范性文件现行有效件数 1 少于本年制发件数 3', keys: ['activeDisclosure.normativeDocuments.inForce', 'activeDisclosure.normativeDocuments.issued'] },
    ])
  })

  it('is skipped for 2019 reports', () => {
    expect(outcome(lintWith(inForceCoversIssued, filledReport('2019')))).toBe('skipped')
  })
})
