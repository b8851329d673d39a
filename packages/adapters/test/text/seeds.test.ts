import { readFileSync } from 'node:fs'
import { parseReport, type Diagnostic } from '@zfxxgk/core'
import { describe, expect, it } from 'vitest'
import { pipeTable, tabText } from '../../src/index.js'
import { expectEveryCell } from '../helpers/expect-model.js'

const fixture = (name: string) => new URL(`../fixtures/seeds/${name}`, import.meta.url)
const seeds = ['000_d8fd9a1c9776479a', '001_9ec49e90548ab3ce', '002_999193c3277cf575', '003_7a65bc881374ab27', '004_1d3bd799e56a65c1']

async function parseSeed(name: string) {
  return parseReport(readFileSync(fixture(`${name}.txt`)), { adapters: [tabText, pipeTable], fileName: `${name}.txt` })
}

const ids = (diagnostics: Diagnostic[], severity?: Diagnostic['severity']) =>
  diagnostics.filter((d) => !severity || d.severity === severity).map((d) => d.ruleId)

describe('seeds: every cell equals its source', () => {
  for (const name of seeds) {
    it(name, async () => {
      const expected = JSON.parse(readFileSync(fixture(`${name}.expected.json`), 'utf8')) as Record<string, unknown>
      const { report } = await parseSeed(name)
      expect(report).not.toBeNull()
      expectEveryCell(report!, expected)
      expect(report!.meta).toEqual(expected['meta'])
      expect(report!.extensions).toEqual([])
    })
  }
})

describe('seeds: formats and findings', () => {
  it('reads 000 to 004 as tab-text except the pipe rendering of 002', async () => {
    const formats = await Promise.all(seeds.map(async (s) => (await parseSeed(s)).format))
    expect(formats).toEqual(['tab-text', 'tab-text', 'pipe-table', 'tab-text', 'tab-text'])
  })

  it('000: each row with six values for seven columns gets one ambiguity warning, zeros kept', async () => {
    const { diagnostics, sourceMap } = await parseSeed(seeds[0]!)
    const ambiguous = diagnostics.filter((d) => d.ruleId === 'parse/alignment-ambiguous')
    // From 三、本年度办理结果 on: （一）（二）, 8 + 3 + 5 + 3 items, （七）总计 and 四、结转.
    expect(ambiguous).toHaveLength(23)
    expect(ambiguous[0]!.message).toBe('行“(一) 予以公开”应有 7 个数值，实有 6 个，无法确定缺哪一列；该行数值均为 0，按 0 填入')
    expect(ambiguous[0]!.location?.start).toEqual({ line: 60, column: 11, offset: expect.any(Number) })
    expect(ambiguous[0]!.keys).toContain('applications.results.granted.naturalPerson')
    expect(sourceMap['applications.results.granted.total']?.status).toBe('ambiguous')
    expect(sourceMap['applications.newReceived.total']?.status).toBeUndefined()
    // Every cell of the edition has a source, and the map holds nothing else.
    expect(Object.getPrototypeOf(sourceMap)).toBeNull()
    expect(Object.keys(sourceMap)).toHaveLength(207)
    expect(ids(diagnostics, 'error')).toEqual([])
  })

  it('001: no title and no heading 一; the leading text is section 一, the rule line inside the text is skipped', async () => {
    const { report, diagnostics } = await parseSeed(seeds[1]!)
    expect(report!.overview?.startsWith('今年以来，我镇在县委、县政府的正确领导下')).toBe(true)
    expect(report!.otherMatters).toBe('无')
    // In document order: the missing section is located where it should have ended, at heading 二 (line 37).
    expect(ids(diagnostics)).toEqual(['parse/section-missing', 'tab-text/ruleLineSkipped'])
    expect(diagnostics[0]!.message).toBe('未找到章节“一、总体情况”')
    expect(diagnostics[0]!.location?.start?.line).toBe(37)
  })

  it('002: 交纳 and the truncated 结果/其他/尚未 headers map without any finding', async () => {
    const { report, diagnostics } = await parseSeed(seeds[2]!)
    expect(diagnostics).toEqual([])
    expect(report!.otherMatters).toContain('未收取信息处理费')
  })

  it('003: 2019 edition with （九） and the single （六）其他处理 row, values located', async () => {
    const { report, sourceMap, diagnostics } = await parseSeed(seeds[3]!)
    expect(report!.edition).toBe('2019')
    if (report!.edition !== '2019') return
    expect(report!.activeDisclosure.centralizedProcurement).toEqual({ projectCount: 0, totalAmount: 0, totalAmountUnit: null })
    expect(Object.keys(report!.applications.results.otherHandling)).toEqual(['total'])
    expect(sourceMap['activeDisclosure.normativeDocuments.totalPublished']).toEqual({
      raw: '　48',
      location: { start: { line: 24, column: 2, offset: expect.any(Number) }, end: { line: 24, column: 5, offset: expect.any(Number) }, row: expect.any(Number), col: 2 },
    })
    expect(diagnostics).toEqual([])
  })

  it('004: the truncated table leaves the missing rows null and names each one', async () => {
    const { diagnostics, sourceMap } = await parseSeed(seeds[4]!)
    const missing = diagnostics.filter((d) => d.ruleId === 'parse/row-missing')
    expect(missing.map((d) => d.data?.['label'])).toEqual([
      '2.没有现成信息需要另行制作',
      '3.补正后申请内容仍不明确',
      '1.信访举报投诉类申请',
      '2.重复申请',
      '3.要求提供公开出版物',
      '4.无正当理由大量反复申请',
      '5.要求行政机关确认或重新出具已获取信息',
      '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      '3.其他',
      '（七）总计',
      '四、结转下年度继续办理',
    ])
    expect(missing.every((d) => d.severity === 'error' && d.location?.start !== undefined)).toBe(true)
    expect(missing[10]!.keys).toEqual([
      'applications.results.total.naturalPerson', 'applications.results.total.commercialEnterprise', 'applications.results.total.researchInstitution',
      'applications.results.total.publicWelfareOrg', 'applications.results.total.legalServiceOrg', 'applications.results.total.otherOrg', 'applications.results.total.total',
    ])
    expect(sourceMap['applications.carriedForward.total']).toEqual({ raw: '', status: 'missing' })
    expect(sourceMap['activeDisclosure.administrativeLicensing.decisions']?.raw).toBe('2624')
    expect(sourceMap['activeDisclosure.administrativeLicensing.decisions']?.location?.start?.line).toBe(44)
  })

  it('004: the title split over two lines and the 落款 give the metadata; the 落款 is not section 六 text', async () => {
    const { report } = await parseSeed(seeds[4]!)
    expect(report!.otherMatters).toBe('收取信息处理费的情况：本年度本镇无法出收费通知，无收取信息处理费。')
  })

  it('speaks English when asked', async () => {
    const { diagnostics } = await parseReport(readFileSync(fixture(`${seeds[4]}.txt`)), { adapters: [tabText], lang: 'en' })
    expect(diagnostics.find((d) => d.ruleId === 'parse/row-missing')!.message).toBe('Missing row `2.没有现成信息需要另行制作` in table 三')
  })
})
