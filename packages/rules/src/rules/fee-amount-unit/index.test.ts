import { describe, expect, it } from 'vitest'
import { filledReport, lintWith, outcome } from '../../../test/helpers.js'
import { feeAmountUnit } from './index.js'

const key = 'activeDisclosure.administrativeFees.amountWanYuan'

describe('fee-amount-unit (T2-3)', () => {
  it('passes an amount written without a unit or in 万元', () => {
    const report = filledReport('2021', { [key]: 12.5 })
    expect(outcome(lintWith(feeAmountUnit, report, { sourceMap: { [key]: { raw: '12.5' } } }))).toBe('passed')
    expect(outcome(lintWith(feeAmountUnit, report, { sourceMap: { [key]: { raw: '12.5万元', unit: '万元' } } }))).toBe('passed')
  })

  it('fails an amount written in 元', () => {
    const report = filledReport('2021', { [key]: 251000 })
    const { diagnostics } = lintWith(feeAmountUnit, report, { sourceMap: { [key]: { raw: '251000元', unit: '元', location: { start: { line: 30, column: 9, offset: 700 } } } } })
    expect(diagnostics).toMatchObject([
      { message: '行政事业性收费金额“251000元”的单位为“元”，表头规定为万元', keys: [key], expected: '万元', actual: '元', location: { start: { line: 30, column: 9 } } },
    ])
  })

  it('is skipped for the 2019 edition and not assessable without a source map', () => {
    expect(outcome(lintWith(feeAmountUnit, filledReport('2019')))).toBe('skipped')
    expect(outcome(lintWith(feeAmountUnit, filledReport('2021')))).toBe('notAssessable')
  })
})
