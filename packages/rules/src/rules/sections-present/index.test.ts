import type { Diagnostic } from '@zfxxgk/core'
import { describe, expect, it } from 'vitest'
import { filledReport, lintWith, outcome } from '../../../test/helpers.js'
import { sectionsPresent } from './index.js'

const missing = (heading: string): Diagnostic => ({ ruleId: 'parse/section-missing', severity: 'warning', messageId: 'sectionMissing', message: '', data: { heading }, source: '@zfxxgk/core' })
const at = (line: number) => ({ start: { line, column: 1, offset: line * 10 } })

describe('sections-present (S1)', () => {
  it('passes when the parser found every heading, in order', () => {
    const headings = [
      { key: 'overview', text: '一、总体情况', location: at(3) }, { key: 'activeDisclosure', text: '二、主动公开政府信息情况', location: at(9) },
      { key: 'applications', text: '三、收到和处理政府信息公开申请情况', location: at(30) }, { key: 'reviewLitigation', text: '四、政府信息公开行政复议、行政诉讼情况', location: at(60) },
      { key: 'problemsImprovements', text: '五、存在的主要问题及改进情况', location: at(70) }, { key: 'otherMatters', text: '六、其他需要报告的事项', location: at(80) },
    ] as const
    expect(outcome(lintWith(sectionsPresent, filledReport('2021'), { parseDiagnostics: [], facts: { headings: [...headings] } }))).toBe('passed')
  })

  it('fails a missing section', () => {
    const { diagnostics } = lintWith(sectionsPresent, filledReport('2021'), { parseDiagnostics: [missing('五、存在的主要问题及改进情况')] })
    expect(diagnostics.map((d) => [d.message, d.keys])).toEqual([['缺少第五部分“五、存在的主要问题及改进情况”', ['problemsImprovements']]])
  })

  it('accepts a report that opens straight into its overview without the 一 heading (D-H1)', () => {
    const report = filledReport('2021', { overview: '今年以来，我镇……' })
    expect(outcome(lintWith(sectionsPresent, report, { parseDiagnostics: [missing('一、总体情况')] }))).toBe('passed')
    expect(outcome(lintWith(sectionsPresent, filledReport('2021'), { parseDiagnostics: [missing('一、总体情况')] }))).toBe('failed')
  })

  it('fails sections out of order and repeated headings, but not a duplicated title block (D-H2)', () => {
    const headings = [
      { key: 'overview' as const, text: '一、总体情况', location: at(2) }, { key: 'overview' as const, text: '一、总体情况', location: at(4) },
      { key: 'applications' as const, text: '三、收到和处理政府信息公开申请情况', location: at(10) },
      { key: 'activeDisclosure' as const, text: '二、主动公开政府信息情况', location: at(20) },
      { key: 'applications' as const, text: '三、收到和处理政府信息公开申请情况', location: at(30) },
    ]
    const { diagnostics } = lintWith(sectionsPresent, filledReport('2021'), { parseDiagnostics: [], facts: { headings }, lang: 'en' })
    expect(diagnostics.map((d) => [d.messageId, d.location?.start?.line])).toEqual([['outOfOrder', 20], ['repeated', 30]])
  })

  it('is not assessable for a report not built by the parser', () => {
    expect(outcome(lintWith(sectionsPresent, filledReport('2021')))).toBe('notAssessable')
  })
})
