import { readFileSync } from 'node:fs'
import { cellKeys, getPath, parseReport, renderReport, type Adapter, type ParseResult } from '@zfxxgk/core'
import { describe, expect, it } from 'vitest'
import { recommended } from '@zfxxgk/rules'
import { html } from '../../src/html/index.js'
import { defaultAdapters, pipeTable, tabText } from '../../src/index.js'
import { fixtureBytes, fixtureDir } from './helpers.js'

interface Expected {
  edition: '2019' | '2021'
  meta: { agencyName: string | null; reportYear: number | null; publicationDate: string | null }
  [section: string]: unknown
}

const expectedOf = (name: string): Expected => JSON.parse(readFileSync(`${fixtureDir}${name}.expected.json`, 'utf8')) as Expected
const read = (file: string): Promise<ParseResult> => parseReport(fixtureBytes(file), { format: 'html', adapters: [html], fileName: file })

/**
 * Every cell key of the edition, as one object for a readable diff. The expected JSON leaves out
 * 2021's derived `otherHandling.total`, which is checked as the sum of its three items instead.
 */
function cellsOf(report: unknown, edition: '2019' | '2021'): Record<string, unknown> {
  const cells: Record<string, unknown> = {}
  for (const key of cellKeys(edition)) {
    if (edition === '2021' && key.startsWith('applications.results.otherHandling.total.')) continue
    cells[key] = getPath(report, key) ?? null
  }
  return cells
}

function expectDerivedOtherHandling(report: unknown): void {
  for (const column of ['naturalPerson', 'commercialEnterprise', 'researchInstitution', 'publicWelfareOrg', 'legalServiceOrg', 'otherOrg', 'total']) {
    const item = (key: string) => getPath(report, `applications.results.otherHandling.${key}.${column}`) as number
    expect(item('total')).toBe(item('overdueCorrection') + item('unpaidFee') + item('other'))
  }
}

const pages = ['pingtan-2024', 'pingtan-2025', 'shanghai-office-2019', 'sample-2025-minimal']
/** The Word fixtures of the real pages saved back as HTML by a word processor (LibreOffice HTML and XHTML export). */
const wordProcessorExports = [
  ['shanghai-office-2019.libreoffice.html', 'shanghai-office-2019'],
  ['pingtan-2025.libreoffice-xhtml.html', 'pingtan-2025'],
] as const

describe('real HTML reports, end to end', () => {
  for (const name of pages) {
    it(`${name}: every cell, the edition and the metadata equal the source`, async () => {
      const expected = expectedOf(name)
      const { report, diagnostics } = await read(`${name}.html`)
      expect(report, JSON.stringify(diagnostics.filter((d) => d.severity === 'error'))).not.toBeNull()
      expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([])
      expect(report!.edition).toBe(expected.edition)
      expect(cellsOf(report, report!.edition)).toEqual(cellsOf(expected, expected.edition))
      if (expected.edition === '2021') expectDerivedOtherHandling(report)
      expect({
        agencyName: report!.meta.agencyName,
        reportYear: report!.meta.reportYear,
        publicationDate: report!.meta.publicationDate,
      }).toEqual(expected.meta)
    })
  }

  it('shanghai-office-2019: blank cells stay null and the 251000元 amount keeps its unit', async () => {
    const { report, sourceMap } = await read('shanghai-office-2019.html')
    expect(getPath(report, 'applications.results.granted.total')).toBeNull()
    expect(sourceMap['applications.results.granted.total']?.status).toBe('blank')
    expect(getPath(report, 'activeDisclosure.centralizedProcurement.totalAmount')).toBe(251000)
    expect(getPath(report, 'activeDisclosure.centralizedProcurement.totalAmountUnit')).toBe('元')
    // The blank （六）其他处理 row is present, not missing.
    expect(sourceMap['applications.results.otherHandling.total.total']?.status).toBe('blank')
  })

  it('shanghai-office-2019: the totals rules cannot assess the blank cells and do not fail them', async () => {
    const { ruleResults } = await parseReport(fixtureBytes('shanghai-office-2019.html'), { format: 'html', adapters: [html], config: recommended })
    expect(ruleResults!.failed).toEqual([])
    for (const rule of ['zfxxgk/applications-balance', 'zfxxgk/applications-results-total', 'zfxxgk/applicant-total', 'zfxxgk/review-total']) {
      expect(ruleResults!.notAssessable).toContain(rule)
    }
  })

  for (const [file, name] of wordProcessorExports) {
    it(`${file}: every cell and the metadata equal the source`, async () => {
      const expected = expectedOf(name)
      const { report, diagnostics } = await read(file)
      expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([])
      expect(report!.edition).toBe(expected.edition)
      expect(cellsOf(report, report!.edition)).toEqual(cellsOf(expected, expected.edition))
      expect({ agencyName: report!.meta.agencyName, reportYear: report!.meta.reportYear, publicationDate: report!.meta.publicationDate }).toEqual(expected.meta)
    })
  }

  for (const [copy, original] of [
    ['sample-2025-minimal.gbk.html', 'sample-2025-minimal.html'],
    ['pingtan-2024.gbk.html', 'pingtan-2024.html'],
    ['sample-2025-minimal.traditional.html', 'sample-2025-minimal.html'],
    ['pingtan-2024.traditional.html', 'pingtan-2024.html'],
  ] as const) {
    it(`${copy} gives the same model as ${original}`, async () => {
      const [a, b] = await Promise.all([read(copy), read(original)])
      expect(a.report).not.toBeNull()
      expect(cellsOf(a.report, a.report!.edition)).toEqual(cellsOf(b.report, b.report!.edition))
      expect(a.report!.edition).toBe(b.report!.edition)
      expect(a.report!.meta.reportYear).toBe(b.report!.meta.reportYear)
      expect(a.report!.meta.publicationDate).toBe(b.report!.meta.publicationDate)
    })
  }

  for (const name of pages) {
    it(`${name} rendered as HTML, Markdown and tab-text reads back to the same model`, async () => {
      const { report } = await read(`${name}.html`)
      const adapters: Array<[Parameters<typeof renderReport>[1]['format'], Adapter]> = [['html', html], ['markdown', pipeTable], ['tab-text', tabText]]
      for (const [format, adapter] of adapters) {
        const rendered = renderReport(report!, { format })
        const back = await parseReport(adapter.input === 'bytes' ? new TextEncoder().encode(rendered) : rendered, { format: adapter.name, adapters: [adapter] })
        expect(back.diagnostics.filter((d) => d.severity === 'error'), format).toEqual([])
        expect(cellsOf(back.report, back.report!.edition), format).toEqual(cellsOf(report, report!.edition))
        expect(back.report!.meta, format).toMatchObject({ agencyName: report!.meta.agencyName, reportYear: report!.meta.reportYear, publicationDate: report!.meta.publicationDate })
        expect([back.report!.overview, back.report!.problemsImprovements, back.report!.otherMatters], format).toEqual([report!.overview, report!.problemsImprovements, report!.otherMatters])
      }
    })
  }

  it('is chosen by sniffing among all adapters, with or without a file name', async () => {
    for (const name of pages) {
      const bytes = fixtureBytes(`${name}.html`)
      expect((await parseReport(bytes, { adapters: defaultAdapters })).format).toBe('html')
      expect((await parseReport(bytes, { adapters: defaultAdapters, fileName: `${name}.htm` })).format).toBe('html')
    }
    const gbk = await parseReport(fixtureBytes('sample-2025-minimal.gbk.html'), { adapters: defaultAdapters })
    expect(gbk.format).toBe('html')
    expect(getPath(gbk.report, 'applications.newReceived.total')).toBe(14069)
  })

  it('a page with no report gives a diagnostic, not a throw', async () => {
    const page = new TextEncoder().encode('<html><body><nav>首页</nav><p>欢迎访问本网站</p></body></html>')
    const { report, diagnostics } = await parseReport(page, { format: 'html', adapters: [html] })
    expect(report).toBeNull()
    expect(diagnostics.some((d) => d.severity === 'error')).toBe(true)
  })
})
