import { html } from '@zfxxgk/adapters/html'
import { pipeTable, tabText } from '@zfxxgk/adapters'
import { describe, expect, it } from 'vitest'
import type { SourceDocument, Table } from '../document/types.js'
import { emptyReport } from '../model/empty.js'
import { cellKeys, setPath } from '../model/paths.js'
import type { Report } from '../model/schema.js'
import { parseReport } from '../parse-report/parse-report.js'
import { renderReport } from './index.js'

function filled(edition: '2019' | '2021'): Report {
  const report = emptyReport(edition) as Report & Record<string, unknown>
  cellKeys(edition).forEach((key, i) => setPath(report, key, i))
  report.meta = { ...report.meta, title: '某某镇人民政府2023年政府信息公开工作年度报告', agencyName: '某某镇人民政府', reportYear: 2023, publicationDate: '2024-01-15' }
  return report
}

function tablesOfHtml(text: string): Table[] {
  const document = html.parse(new TextEncoder().encode(text), { lang: 'zh', report: () => {} }) as SourceDocument
  return document.blocks.filter((b): b is Table => b.kind === 'table')
}

/** `text colSpan×rowSpan @row,col` of the cells whose text matches. */
const spansOf = (table: Table, text: string) =>
  table.rows.flat().filter((c) => c.text === text).map((c) => `${c.colSpan}×${c.rowSpan}@${c.location.row},${c.location.col}`)

describe('renderReport html', () => {
  it('draws the official 2021 grid: table 二 in 4 columns, table 三 with its 3×3 note and merged row headers, table 四 headers', () => {
    const [disclosure, applications, review] = tablesOfHtml(renderReport(filled('2021'), { format: 'html' }))
    expect(spansOf(disclosure!, '第二十条第（一）项')).toEqual(['4×1@1,1'])
    expect(spansOf(disclosure!, '本年处理决定数量')).toEqual(['3×1@6,2', '3×1@9,2'])
    expect(spansOf(disclosure!, '本年收费金额（单位：万元）')).toEqual(['3×1@13,2'])
    expect(spansOf(applications!, '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）')).toEqual(['3×3@1,1'])
    expect(spansOf(applications!, '申请人情况')).toEqual(['7×1@1,4'])
    expect(spansOf(applications!, '自然人')).toEqual(['1×2@2,4'])
    expect(spansOf(applications!, '法人或其他组织')).toEqual(['5×1@2,5'])
    expect(spansOf(applications!, '一、本年新收政府信息公开申请数量')).toEqual(['3×1@4,1'])
    expect(spansOf(applications!, '三、本年度办理结果')).toEqual(['1×22@6,1'])
    expect(spansOf(applications!, '（一）予以公开')).toEqual(['2×1@6,2'])
    expect(spansOf(applications!, '（三）不予公开')).toEqual(['1×8@8,2'])
    expect(spansOf(applications!, '（四）无法提供')).toEqual(['1×3@16,2'])
    expect(spansOf(applications!, '（五）不予处理')).toEqual(['1×5@19,2'])
    expect(spansOf(applications!, '（六）其他处理')).toEqual(['1×3@24,2'])
    expect(spansOf(applications!, '（七）总计')).toEqual(['2×1@27,2'])
    expect(applications!.rows).toHaveLength(28)
    expect(spansOf(review!, '行政复议')).toEqual(['5×1@1,1'])
    expect(spansOf(review!, '行政诉讼')).toEqual(['10×1@1,6'])
    expect(spansOf(review!, '结果维持')).toEqual(['1×2@2,1', '1×1@3,6', '1×1@3,11'])
    expect(review!.rows[3]).toHaveLength(15)
  })

  it('draws the 2019 grid: 5 columns with the middle value doubled, a single （六） row, 三 spanning 20 rows', () => {
    const [disclosure, applications] = tablesOfHtml(renderReport(filled('2019'), { format: 'html' }))
    expect(spansOf(disclosure!, '第二十条第（九）项')).toEqual(['5×1@16,1'])
    expect(spansOf(disclosure!, '本年新公开数量')).toEqual(['2×1@2,3'])
    expect(spansOf(disclosure!, '采购项目数量')).toEqual(['2×1@17,2'])
    expect(spansOf(disclosure!, '采购总金额')).toEqual(['2×1@17,4'])
    expect(disclosure!.rows).toHaveLength(18)
    expect(spansOf(applications!, '三、本年度办理结果')).toEqual(['1×20@6,1'])
    expect(spansOf(applications!, '（六）其他处理')).toEqual(['2×1@24,2'])
  })

  it('prints the title, six headings, narrative and 落款, and escapes all text', () => {
    const report = filled('2021')
    report.meta.title = '<script>alert(1)</script>报告'
    report.overview = '第一段 & <b>加粗</b>\n第二段'
    const page = renderReport(report, { format: 'html' })
    expect(page).not.toContain('<script>')
    expect(page).toContain('<h1>&lt;script&gt;alert(1)&lt;/script&gt;报告</h1>')
    expect(page).toContain('<p>第一段 &amp; &lt;b&gt;加粗&lt;/b&gt;</p>\n<p>第二段</p>')
    expect(page.match(/<h2>[^<]*<\/h2>/g)).toEqual([
      '<h2>一、总体情况</h2>', '<h2>二、主动公开政府信息情况</h2>', '<h2>三、收到和处理政府信息公开申请情况</h2>',
      '<h2>四、政府信息公开行政复议、行政诉讼情况</h2>', '<h2>五、存在的主要问题及改进情况</h2>', '<h2>六、其他需要报告的事项</h2>',
    ])
    expect(page).toContain('<p class="signature">某某镇人民政府</p>\n<p class="signature">2024年1月15日</p>')
    expect(page).not.toMatch(/<(link|img|iframe)|src=|href=/)
  })

  it('leaves not-filled cells empty in HTML and writes — in text renderings', () => {
    const report = filled('2021')
    setPath(report as unknown as Record<string, unknown>, 'reviewLitigation.review.upheld', null)
    expect(tablesOfHtml(renderReport(report, { format: 'html' }))[2]!.rows[3]![0]!.text).toBe('')
    expect(renderReport(report, { format: 'tab-text' })).toMatch(/^—\t\d/m)
  })
})

describe('renderReport text formats', () => {
  it('writes tab-text rows with empty slots for merged cells, like the seeds', () => {
    const text = renderReport(filled('2021'), { format: 'tab-text' })
    expect(text.split('\n')).toContain('第二十条第（一）项\t\t\t')
    expect(text.split('\n')).toContain('行政许可\t6\t\t')
    expect(text).toMatch(/^\t\t3\.其他(\t\d+){7}$/m)
    expect(text).toMatch(/^三、本年度办理结果\t（一）予以公开\t(\t\d+){7}$/m)
  })

  it('escapes Markdown so that narrative text comes back as written', async () => {
    const report = filled('2021')
    report.overview = '1. 不是列表\n# 不是标题\n| 不是表格 | *不是强调* <b>不是标签</b> \\ 反斜杠'
    const markdown = renderReport(report, { format: 'markdown' })
    expect(markdown).toContain('| --- | --- | --- | --- |')
    const back = await parseReport(markdown, { format: 'pipe-table', adapters: [pipeTable] })
    expect(back.report!.overview).toBe(report.overview)
  })

  it('refuses an unknown format', () => {
    expect(() => renderReport(filled('2021'), { format: 'pdf' as 'html' })).toThrow(TypeError)
  })
})

describe('renderReport extension rows', () => {
  it('prints rows outside the format at the end of their table, and they are read back as the same extensions', async () => {
    const report = filled('2021')
    report.extensions = [
      { section: 'activeDisclosure', label: '其他主动公开文件', values: [5], raw: ['5'] },
      { section: 'applications', label: '法人小计', values: [1, 2], raw: ['1', '2'] },
    ]
    for (const [format, adapter] of [['html', html], ['markdown', pipeTable], ['tab-text', tabText]] as const) {
      const rendered = renderReport(report, { format })
      const back = await parseReport(adapter.input === 'bytes' ? new TextEncoder().encode(rendered) : rendered, { format: adapter.name, adapters: [adapter] })
      expect(back.report!.extensions, format).toEqual(report.extensions)
      expect(back.report!.applications.newReceived, format).toEqual(report.applications.newReceived)
    }
  })
})
