import { readFileSync } from 'node:fs'
import { defaultAdapters } from '@zfxxgk/adapters'
import { parseReport, type ParseResult } from '@zfxxgk/core'
import { describe, expect, it } from 'vitest'
import { strict } from '../src/index.js'

async function parse(file: string): Promise<ParseResult> {
  return parseReport(readFileSync(new URL(`../../adapters/test/fixtures/html/${file}`, import.meta.url)), { adapters: defaultAdapters, config: strict })
}

const findings = (result: ParseResult) =>
  result.diagnostics.filter((d) => d.ruleId.startsWith('zfxxgk/') && d.messageId !== 'notAssessable').map((d) => [d.ruleId, d.severity, d.message])

describe('published reports under strict', () => {
  it('Shanghai 2019: blank cells make the totals rules not assessable, never failures', async () => {
    const result = await parse('shanghai-office-2019.html')
    expect(result.ruleResults!.failed).toEqual([])
    expect(result.ruleResults!.notAssessable).toEqual(expect.arrayContaining([
      'zfxxgk/applications-balance', 'zfxxgk/applications-results-total', 'zfxxgk/applicant-total', 'zfxxgk/review-total',
    ]))
    const balance = result.diagnostics.find((d) => d.ruleId === 'zfxxgk/applications-balance')!
    expect(balance).toMatchObject({ severity: 'info', messageId: 'notAssessable' })
    expect(balance.keys).toContain('applications.carriedOver.commercialEnterprise')
    // 一 + 二 = 三 + 四 holds in the columns it fills (自然人, 总计): those are checked and pass.
    expect(balance.keys).not.toContain('applications.newReceived.total')
  })

  it('平潭 2024: no findings', async () => {
    const result = await parse('pingtan-2024.html')
    expect(findings(result)).toEqual([])
    expect(result.ruleResults!.notAssessable).toEqual([])
  })

  it('平潭 2025: applications closed for unpaid fees, yet section 六 reports no fee notice (T3-9)', async () => {
    const result = await parse('pingtan-2025.html')
    expect(findings(result)).toEqual([
      ['zfxxgk/unpaid-fee-notices', 'warning', '表三有 2 件申请因逾期未缴费不再处理，但第六部分未说明发出收费通知的件数'],
    ])
  })

  it('a minimal 2025 sample: T3-9, and an overview missing three of the five areas (S11, info)', async () => {
    const result = await parse('sample-2025-minimal.html')
    expect(findings(result).map(([id, severity]) => `${id} ${severity}`)).toEqual([
      'zfxxgk/unpaid-fee-notices warning',
      'zfxxgk/overview-topics info', 'zfxxgk/overview-topics info', 'zfxxgk/overview-topics info',
    ])
    expect(result.ruleResults!.passed).toContain('zfxxgk/regulations-rulemaking-power')
  })
})
