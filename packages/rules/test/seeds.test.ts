import { readFileSync } from 'node:fs'
import { textAdapters } from '@zfxxgk/adapters'
import { parseReportSync, type ParseResult } from '@zfxxgk/core'
import { describe, expect, it } from 'vitest'
import { recommended, strict } from '../src/index.js'

const seeds = {
  '000': '000_d8fd9a1c9776479a.txt',
  '001': '001_9ec49e90548ab3ce.txt',
  '002': '002_999193c3277cf575.txt',
  '003': '003_7a65bc881374ab27.txt',
  '004': '004_1d3bd799e56a65c1.txt',
} as const

function parse(seed: keyof typeof seeds, config = strict): ParseResult {
  const text = readFileSync(new URL(`../../adapters/test/fixtures/seeds/${seeds[seed]}`, import.meta.url), 'utf8')
  return parseReportSync(text, { adapters: textAdapters, config })
}

const ruleFindings = (result: ParseResult) => result.diagnostics.filter((d) => d.ruleId.startsWith('zfxxgk/') && d.messageId !== 'notAssessable')

describe('the seeds under strict', () => {
  it('000: only S5 fails (section 六 says only 无); the table 三 rules are not assessable (D-T1 ambiguous rows)', () => {
    const result = parse('000')
    expect(result.ruleResults!.failed).toEqual(['zfxxgk/processing-fee-reported'])
    expect(result.ruleResults!.notAssessable).toEqual([
      'zfxxgk/applications-balance', 'zfxxgk/applications-results-total', 'zfxxgk/applicant-total', 'zfxxgk/applications-non-negative', 'zfxxgk/unpaid-fee-notices',
    ])
    expect(ruleFindings(result).map((d) => [d.ruleId, d.severity, d.message])).toEqual([
      ['zfxxgk/processing-fee-reported', 'warning', '第六部分未报告信息处理费收取情况（原文：“无”），2021 年版格式要求报告发出收费通知的件数、总金额及实际收取的总金额'],
    ])
  })

  it('001: only S5 fails', () => {
    const result = parse('001')
    expect(result.ruleResults!.failed).toEqual(['zfxxgk/processing-fee-reported'])
    // The title is not in the text (D-H1): S7 cannot judge it and says so.
    expect(result.ruleResults!.notAssessable).toEqual(['zfxxgk/title-form'])
    expect(ruleFindings(result).map((d) => [d.ruleId, d.data?.['quote']])).toEqual([['zfxxgk/processing-fee-reported', '无']])
  })

  it('002: no findings', () => {
    const result = parse('002')
    expect(result.ruleResults!.failed).toEqual([])
    expect(result.ruleResults!.notAssessable).toEqual([])
    expect(ruleFindings(result)).toEqual([])
  })

  it('003: T2-6 (规范性文件 48 < 52) and T2-8 (a township reporting 规章), both warnings', () => {
    const result = parse('003')
    expect(result.ruleResults!.failed).toEqual(['zfxxgk/published-total-covers-new', 'zfxxgk/regulations-rulemaking-power'])
    const findings = ruleFindings(result)
    expect(findings.map((d) => [d.ruleId, d.severity, d.message, d.keys])).toEqual([
      [
        'zfxxgk/regulations-rulemaking-power', 'warning', '“乡镇”无规章制定权，但表二规章一行为 5/5/5',
        ['activeDisclosure.regulations.newlyMade', 'activeDisclosure.regulations.newlyPublished', 'activeDisclosure.regulations.totalPublished'],
      ],
      [
        'zfxxgk/published-total-covers-new', 'warning', '规范性文件对外公开总数量 48 小于本年新公开数量 52',
        ['activeDisclosure.normativeDocuments.totalPublished', 'activeDisclosure.normativeDocuments.newlyPublished'],
      ],
    ])
    // The keys' sources point back into the text.
    expect(findings[1]!.sources!.map((s) => s.raw.trim())).toEqual(['48', '52'])
    expect(findings[1]!.location!.start!.line).toBeGreaterThan(1)
  })

  it('004: the truncated table fails T3-5 with each missing row named; T3-1 and T3-2 are not assessable', () => {
    const result = parse('004')
    expect(result.ruleResults!.failed).toEqual(['zfxxgk/applications-shape'])
    expect(result.ruleResults!.notAssessable).toEqual(expect.arrayContaining(['zfxxgk/applications-balance', 'zfxxgk/applications-results-total']))
    const findings = ruleFindings(result)
    expect(findings.every((d) => d.ruleId === 'zfxxgk/applications-shape' && d.severity === 'error')).toBe(true)
    expect(findings.map((d) => d.data?.['label'])).toEqual([
      '（四）无法提供 2.没有现成信息需要另行制作',
      '（四）无法提供 3.补正后申请内容仍不明确',
      '（五）不予处理 1.信访举报投诉类申请',
      '（五）不予处理 2.重复申请',
      '（五）不予处理 3.要求提供公开出版物',
      '（五）不予处理 4.无正当理由大量反复申请',
      '（五）不予处理 5.要求行政机关确认或重新出具已获取信息',
      '（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      '（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      '（六）其他处理 3.其他',
      '（七）总计',
      '四、结转下年度继续办理',
    ])
    // Each points at table 三, where the parser read the truncated table.
    expect(findings.every((d) => d.location?.start?.line !== undefined)).toBe(true)
    expect(findings[0]!.keys).toEqual([
      'naturalPerson', 'commercialEnterprise', 'researchInstitution', 'publicWelfareOrg', 'legalServiceOrg', 'otherOrg', 'total',
    ].map((c) => `applications.results.unableToProvide.needsCreation.${c}`))
    const notAssessable = result.diagnostics.filter((d) => d.ruleId === 'zfxxgk/applications-balance')
    expect(notAssessable).toHaveLength(1)
    expect(notAssessable[0]).toMatchObject({ severity: 'info', messageId: 'notAssessable' })
    expect(notAssessable[0]!.keys).toContain('applications.results.total.total')
    expect(notAssessable[0]!.keys).toContain('applications.carriedForward.total')
  })

  it('no rule finding is at error level except the truncated table of 004', () => {
    for (const seed of Object.keys(seeds) as Array<keyof typeof seeds>) {
      const errors = ruleFindings(parse(seed)).filter((d) => d.severity === 'error').map((d) => d.ruleId)
      expect(new Set(errors)).toEqual(new Set(seed === '004' ? ['zfxxgk/applications-shape'] : []))
    }
  })

  it('recommended runs only the official rules: 003 then has no failure, 000 only S5', () => {
    expect(parse('003', recommended).ruleResults!.failed).toEqual([])
    expect(parse('000', recommended).ruleResults!.failed).toEqual(['zfxxgk/processing-fee-reported'])
  })
})
