import { describe, expect, it } from 'vitest'
import { filledReport, lintWith, outcome } from '../../../test/helpers.js'
import { noPlaceholders } from './index.js'

describe('no-placeholders (S10)', () => {
  it('passes a filled-in text', () => {
    expect(outcome(lintWith(noPlaceholders, filledReport('2021', { overview: '本报告由总体情况等六个部分组成。全年累计发布信息35条。' })))).toBe('passed')
    // Not placeholders: a portal address with xxgk, a date in Chinese numerals.
    const text = '报告可在http://www.example.gov.cn/xxgk/下载。本办法自二〇〇九年起施行。'
    expect(outcome(lintWith(noPlaceholders, filledReport('2021', { overview: text })))).toBe('passed')
  })

  it('fails XX placeholders, blank counts and a wrong number of parts', () => {
    const report = filledReport('2021', {
      overview: '本报告共七个部分。全年累计发布   条信息。',
      problemsImprovements: '由XX科负责整改。',
    })
    const { diagnostics } = lintWith(noPlaceholders, report)
    expect(diagnostics.map((d) => [d.messageId, d.keys, d.message])).toEqual([
      ['textPlaceholder', ['overview'], '正文有未填写的占位符：“全年累计发布   条信息。”'],
      ['textPlaceholder', ['problemsImprovements'], '正文有未填写的占位符：“由XX科负责整改。”'],
      ['partCount', ['overview'], '正文称报告共七个部分，格式规定为六个部分（“本报告共七个部分。”）'],
    ])
  })

  it('fails table cells the parser marked as placeholders', () => {
    const { diagnostics } = lintWith(noPlaceholders, filledReport('2021'), { sourceMap: { 'activeDisclosure.administrativePenalty.decisions': { raw: '××', status: 'placeholder' } } })
    expect(diagnostics.map((d) => d.message)).toEqual(['表格单元格 activeDisclosure.administrativePenalty.decisions 是未填写的占位符“××”'])
  })

  it('takes the placeholder cells from the parser’s findings when given', () => {
    const key = 'applications.newReceived.total'
    const { diagnostics } = lintWith(noPlaceholders, filledReport('2021'), {
      sourceMap: { [key]: { raw: 'XX', status: 'placeholder', location: { start: { line: 40, column: 3, offset: 800 } } } },
      parseDiagnostics: [{ ruleId: 'parse/cell-placeholder', severity: 'warning', messageId: 'cellPlaceholder', message: '', keys: [key], source: '@zfxxgk/core' }],
    })
    expect(diagnostics).toMatchObject([{ keys: [key], actual: 'XX', location: { start: { line: 40 } } }])
  })
})
