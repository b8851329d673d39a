import { textAdapters } from '@zfxxgk/adapters'
import { emptyReport, lintReport, parseReportSync, resolveConfig, setPath } from '@zfxxgk/core'
import { recommended } from '@zfxxgk/rules'
import { describe, expect, it } from 'vitest'
import plugin from '../src/index.js'
import { decimalsOf } from '../src/rules/fee-decimals.js'

const key = 'activeDisclosure.administrativeFees.amountWanYuan'
const withFee = (amount: number) => {
  const report = emptyReport('2021')
  setPath(report, key, amount)
  return report
}

describe('local/fee-decimals', () => {
  it('counts the decimals as written', () => {
    expect(decimalsOf(0.1, '0.10')).toBe(2)
    expect(decimalsOf(190.457379, undefined)).toBe(6)
    expect(decimalsOf(12, '１２')).toBe(0)
  })

  it('passes up to 4 decimals and fails more, as a warning under the plug-in’s preset', () => {
    expect(lintReport(withFee(0.092), { config: plugin.configs.recommended }).results.passed).toEqual(['local/fee-decimals'])
    const { diagnostics } = lintReport(withFee(190.457379), { config: plugin.configs.recommended })
    expect(diagnostics).toEqual([
      {
        ruleId: 'local/fee-decimals', severity: 'warning', messageId: 'tooPrecise', source: '@example/zfxxgk-plugin-fee-decimals',
        message: '行政事业性收费金额“190.457379”有 6 位小数，本地要求最多保留 4 位',
        data: { raw: '190.457379', decimals: 6, max: 4 }, keys: [key], expected: '≤ 4', actual: '6',
        url: 'https://github.com/zfxxgk/zfxxgk/blob/main/examples/custom-rule-plugin/README.md',
      },
    ])
  })

  it('takes its limit as an option and rejects a bad one', () => {
    const config = [...plugin.configs.recommended, { rules: { 'local/fee-decimals': ['error', { maxDecimals: 2 }] as ['error', unknown] } }]
    expect(lintReport(withFee(0.092), { config }).diagnostics.map((d) => [d.severity, d.actual])).toEqual([['error', '3']])
    expect(() => resolveConfig([...plugin.configs.recommended, { rules: { 'local/fee-decimals': ['warn', { maxDecimals: -1 }] } }])).toThrow(
      /Invalid options for rule "local\/fee-decimals": option "maxDecimals"/,
    )
  })

  it('runs beside the official rules in parseReport', () => {
    const text = [
      '某镇人民政府2022年政府信息公开工作年度报告', '一、总体情况', '全年主动公开政府信息。', '二、主动公开政府信息情况',
      '第二十条第（八）项', '信息内容\t本年收费金额（单位：万元）', '行政事业性收费\t0.123456',
      '六、其他需要报告的事项', '本年度未发出收费通知，未收取信息处理费。',
    ].join('\n')
    const result = parseReportSync(text, { adapters: textAdapters, config: [...recommended, ...plugin.configs.recommended] })
    expect(result.ruleResults!.failed).toContain('local/fee-decimals')
    const finding = result.diagnostics.find((d) => d.ruleId === 'local/fee-decimals')!
    expect(finding.data).toEqual({ raw: '0.123456', decimals: 6, max: 4 })
    expect(finding.location?.start?.line).toBe(7)
  })
})
