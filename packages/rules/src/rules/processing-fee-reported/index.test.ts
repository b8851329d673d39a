import type { SourceDocument } from '@zfxxgk/core'
import { describe, expect, it } from 'vitest'
import { filledReport, lintWith, outcome } from '../../../test/helpers.js'
import { processingFeeReported } from './index.js'

describe('processing-fee-reported (S5)', () => {
  it('passes a section 六 that reports the fees, even as none', () => {
    expect(outcome(lintWith(processingFeeReported, filledReport('2021', { otherMatters: '本单位严格执行《政府信息公开信息处理费管理办法》,未收取信息处理费。' })))).toBe('passed')
    expect(outcome(lintWith(processingFeeReported, filledReport('2021', { otherMatters: '收取信息处理费的情况：本年度本镇无法出收费通知，无收取信息处理费。' })))).toBe('passed')
  })

  it('fails a bare 无 as a warning, quoting it and pointing at its paragraph', () => {
    const document: SourceDocument = {
      format: 'tab-text',
      blocks: [
        { kind: 'paragraph', text: '无法提供的申请已答复', location: { start: { line: 3, column: 1, offset: 20 } } },
        { kind: 'paragraph', text: '六、其他需要报告的事项', location: { start: { line: 97, column: 1, offset: 3000 } } },
        { kind: 'paragraph', text: '无', location: { start: { line: 98, column: 1, offset: 3012 } } },
      ],
    }
    const { diagnostics } = lintWith(processingFeeReported, filledReport('2021', { otherMatters: '无' }), { document })
    expect(diagnostics).toMatchObject([
      {
        severity: 'warning', keys: ['otherMatters'], actual: '无', location: { start: { line: 98 } },
        message: '第六部分未报告信息处理费收取情况（原文：“无”），2021 年版格式要求报告发出收费通知的件数、总金额及实际收取的总金额',
      },
    ])
  })

  it('is skipped for 2019 reports and not assessable without section 六', () => {
    expect(outcome(lintWith(processingFeeReported, filledReport('2019', { otherMatters: '无' })))).toBe('skipped')
    expect(outcome(lintWith(processingFeeReported, filledReport('2021')))).toBe('notAssessable')
  })
})
