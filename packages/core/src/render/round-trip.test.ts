import { html } from '@zfxxgk/adapters/html'
import { pipeTable, tabText } from '@zfxxgk/adapters'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Adapter } from '../adapter.js'
import { disclosureRowsOf } from '../model/layout-active-disclosure.js'
import { emptyReport } from '../model/empty.js'
import type { Edition } from '../model/edition.js'
import { cellKeys, getPath, setPath } from '../model/paths.js'
import type { Report } from '../model/schema.js'
import { parseReport } from '../parse-report/parse-report.js'
import { renderReport, type RenderFormat } from './index.js'

const agencies = ['测试市人民政府', '白杨镇人民政府', '某某县交通运输局', '平潭综合实验区', '上海市人民政府办公厅', '北京市朝阳区呼家楼街道办事处']
const sentences = [
  '本年度政务公开工作稳步推进，公开质量持续提升。',
  '（一）主动公开方面，持续完善主动公开目录。',
  '依申请公开办理规范，均在法定期限内答复。',
  '下一步将加强业务培训，提升答复质量。',
  '政府信息管理和平台建设不断加强。',
  '无。',
]
const applicantKeys = ['naturalPerson', 'commercialEnterprise', 'researchInstitution', 'publicWelfareOrg', 'legalServiceOrg', 'otherOrg', 'total']

const count = fc.integer({ min: 0, max: 2_000_000 })
const signed = fc.integer({ min: -5000, max: 5000 })
/** Amounts as written: up to 6 decimals (observed: 0.092, 190.457379). */
const amount = fc.tuple(fc.integer({ min: 0, max: 999_999 }), fc.integer({ min: 0, max: 6 })).map(([n, places]) => n / 10 ** places)
const narrative = fc.option(fc.array(fc.constantFrom(...sentences), { minLength: 1, maxLength: 4 }).map((lines) => lines.join('\n')), { nil: null })

/** Kinds of every numeric cell key, from the layouts: counts, 2019's signed changes, amounts. */
function kindOf(edition: Edition, key: string): 'count' | 'signed' | 'amount' {
  const [section, row, column] = key.split('.')
  if (section !== 'activeDisclosure') return 'count'
  return disclosureRowsOf(edition).find((r) => r.key === row)!.columns.find((c) => c.key === column)!.kind
}

/** A complete report of the edition: every cell filled, text in each narrative section or none, consistent metadata. */
function reportOf(edition: Edition, blanks: boolean): fc.Arbitrary<Report> {
  const keys = cellKeys(edition).filter((key) => edition === '2019' || !key.startsWith('applications.results.otherHandling.total.'))
  const cell = (key: string) => {
    const kind = kindOf(edition, key)
    const value = kind === 'signed' ? signed : kind === 'amount' ? amount : count
    return blanks ? fc.option(value, { nil: null, freq: 4 }) : value
  }
  return fc
    .record({
      cells: fc.tuple(...keys.map(cell)),
      agency: fc.constantFrom(...agencies),
      year: fc.integer({ min: edition === '2019' ? 2019 : 2021, max: 2030 }),
      published: fc.option(fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })), { nil: null }),
      unit: fc.constantFrom(null, '元', '万元'),
      overview: narrative,
      problems: narrative,
      other: narrative,
    })
    .map(({ cells, agency, year, published, unit, overview, problems, other }) => {
      const report = emptyReport(edition) as Report & Record<string, unknown>
      keys.forEach((key, i) => setPath(report, key, cells[i]))
      if (edition === '2021') {
        for (const column of applicantKeys) {
          const items = ['overdueCorrection', 'unpaidFee', 'other'].map((item) => getPath(report, `applications.results.otherHandling.${item}.${column}`) as number | null)
          setPath(report, `applications.results.otherHandling.total.${column}`, items.includes(null) ? null : items.reduce((a, b) => a! + b!, 0))
        }
      } else if (getPath(report, 'activeDisclosure.centralizedProcurement.totalAmount') !== null) {
        setPath(report, 'activeDisclosure.centralizedProcurement.totalAmountUnit', unit)
      }
      report.meta = {
        title: `${agency}${year}年政府信息公开工作年度报告`,
        agencyName: agency,
        agencyType: null,
        reportYear: year,
        publicationDate: published ? `${year + 1}-${String(published[0]).padStart(2, '0')}-${String(published[1]).padStart(2, '0')}` : null,
      }
      report.overview = overview
      report.problemsImprovements = problems
      report.otherMatters = other
      return report
    })
}

/** What a round trip must keep: edition, every cell, the procurement unit, the narrative, and the rendered metadata. */
function essence(report: Report) {
  const cells: Record<string, unknown> = {}
  for (const key of cellKeys(report.edition)) cells[key] = getPath(report, key)
  const { title, agencyName, reportYear, publicationDate } = report.meta
  return {
    edition: report.edition,
    cells,
    unit: getPath(report, 'activeDisclosure.centralizedProcurement.totalAmountUnit') ?? null,
    meta: { title, agencyName, reportYear, publicationDate },
    overview: report.overview,
    problemsImprovements: report.problemsImprovements,
    otherMatters: report.otherMatters,
  }
}

const adapters: Record<RenderFormat, Adapter> = { html, markdown: pipeTable, 'tab-text': tabText }

async function roundTrip(report: Report, format: RenderFormat) {
  const rendered = renderReport(report, { format })
  const adapter = adapters[format]
  const input = adapter.input === 'bytes' ? new TextEncoder().encode(rendered) : rendered
  const result = await parseReport(input, { format: adapter.name, adapters: [adapter] })
  return { rendered, result }
}

describe('renderReport round trip', () => {
  for (const edition of ['2021', '2019'] as const) {
    for (const format of ['html', 'markdown', 'tab-text'] as const) {
      it(`a complete ${edition} report rendered as ${format} parses back to the same model`, async () => {
        await fc.assert(
          fc.asyncProperty(reportOf(edition, false), async (report) => {
            const { result } = await roundTrip(report, format)
            expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
            expect(essence(result.report!)).toEqual(essence(report))
          }),
          { numRuns: 25 },
        )
      })

      it(`a ${edition} report with cells not filled, rendered as ${format}, keeps them not filled`, async () => {
        await fc.assert(
          fc.asyncProperty(reportOf(edition, true), async (report) => {
            const { result } = await roundTrip(report, format)
            expect(essence(result.report!).cells).toEqual(essence(report).cells)
          }),
          { numRuns: 15 },
        )
      })
    }
  }
})
