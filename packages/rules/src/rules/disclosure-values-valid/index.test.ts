import { describe, expect, it } from 'vitest'
import { filledReport, lintWith, outcome } from '../../../test/helpers.js'
import { disclosureValuesValid } from './index.js'

describe('disclosure-values-valid (T2-1)', () => {
  it('passes counts, a decimal fee amount and a negative 2019 change', () => {
    expect(outcome(lintWith(disclosureValuesValid, filledReport('2021', { 'activeDisclosure.administrativeFees.amountWanYuan': 0.092 })))).toBe('passed')
    expect(outcome(lintWith(disclosureValuesValid, filledReport('2019', { 'activeDisclosure.administrativeLicensing.itemsChange': -8 })))).toBe('passed')
  })

  it('fails a fractional count, a negative count and a negative amount', () => {
    const report = filledReport('2019', {
      'activeDisclosure.regulations.newlyMade': 1.5,
      'activeDisclosure.administrativePenalty.decisions': -1,
      'activeDisclosure.centralizedProcurement.totalAmount': -3,
    })
    const { diagnostics } = lintWith(disclosureValuesValid, report)
    expect(diagnostics.map((d) => [d.keys![0], d.message])).toEqual([
      ['activeDisclosure.regulations.newlyMade', '表二“规章”的“本年新制作数量”为 1.5，应为非负整数'],
      ['activeDisclosure.administrativePenalty.decisions', '表二“行政处罚”的“处理决定数量”为 -1，应为非负整数'],
      ['activeDisclosure.centralizedProcurement.totalAmount', '表二“政府集中采购”的“采购总金额”为 -3，应为非负数'],
    ])
  })

  it('fails a fractional 本年增/减', () => {
    const { diagnostics } = lintWith(disclosureValuesValid, filledReport('2019', { 'activeDisclosure.administrativeFees.itemsChange': 0.5 }), { lang: 'en' })
    expect(diagnostics.map((d) => d.message)).toEqual(['Unexpected 0.5 in `行政事业性收费` / `本年增/减` of table 二, expected a whole number (may be negative)'])
  })

  it('is not assessable when a cell is a placeholder', () => {
    const report = filledReport('2021', { 'activeDisclosure.administrativeLicensing.decisions': null })
    const result = lintWith(disclosureValuesValid, report, { sourceMap: { 'activeDisclosure.administrativeLicensing.decisions': { raw: 'XX', status: 'placeholder' } } })
    expect(outcome(result)).toBe('notAssessable')
  })
})
