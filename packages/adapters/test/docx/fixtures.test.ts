import type { Table } from '@zfxxgk/core'
import { describe, expect, it } from 'vitest'
import { parseHtmlDocument, tablesOf as htmlTablesOf } from '../html/helpers.js'
import { fixtureBytes as htmlFixtureBytes } from '../html/helpers.js'
import { cellList, fixtureBytes, paragraphsOf, parseDocx, tablesOf } from './helpers.js'

/** Whitespace as a reader ignores it: LibreOffice keeps `<p>`/`<br>` breaks and &nbsp; as they were. */
const normalize = (text: string) => text.replace(/[\s\u00a0\u3000]+/g, '')
const normalizedCells = (table: Table) =>
  table.rows.flatMap((row) => row.map((c) => `R${c.location.row}C${c.location.col} ${c.colSpan ?? 1}x${c.rowSpan ?? 1}: ${normalize(c.text)}`))

describe('Word fixtures at the adapter boundary', () => {
  for (const page of ['pingtan-2024', 'pingtan-2025', 'shanghai-office-2019', 'sample-2025-minimal']) {
    it(`${page}.docx: every table cell sits at the grid position, with the spans and text, of its HTML source`, async () => {
      const { document, reported } = await parseDocx(fixtureBytes(`${page}.docx`))
      const source = htmlTablesOf(parseHtmlDocument(htmlFixtureBytes(`${page}.html`)).document)
      const tables = tablesOf(document)
      expect(tables.length).toBeGreaterThanOrEqual(3)
      expect(tables.map(normalizedCells)).toEqual(source.map(normalizedCells))
      expect(reported.filter((d) => d.severity !== 'info')).toEqual([])
    })
  }

  it('sample-2025-minimal.docx: the vertically merged label cells (w:vMerge) become row spans', async () => {
    const [, applications] = tablesOf((await parseDocx(fixtureBytes('sample-2025-minimal.docx'))).document)
    const cells = cellList(applications!)
    expect(cells).toContain('R6C1 rs22: 三、本年度办理结果')
    expect(cells).toContain('R8C2 rs8: （三）不予公开')
    expect(cells).toContain('R16C2 rs3: （四）无法提供')
    expect(cells).toContain('R19C2 rs5: （五）不予处理')
    expect(cells).toContain('R24C2 rs3: （六）其他处理')
    expect(cells).toContain('R9C3: 2.其他法律行政法规禁止公开')
    expect(cells).toContain('R9C4: 30')
    expect(cells).toContain('R28C10: 819')
  })

  it('numbered-headings.docx: list numbers from numbering.xml are part of the paragraph text', async () => {
    const { document } = await parseDocx(fixtureBytes('numbered-headings.docx'))
    const headings = paragraphsOf(document).filter((t) => /^[一二三四五六]、|^（[一二]）/.test(t))
    expect(headings).toEqual([
      '一、总体情况',
      '（一）主动公开。发布规章与规范性文件若干。',
      '（二）依申请公开。规范办理程序。',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在问题及改进情况',
      '六、其他需要报告的事项',
    ])
  })

  it('template-2021-blank.docx: the official grid with empty value cells and 1-based paragraph locations', async () => {
    const { document, reported } = await parseDocx(fixtureBytes('template-2021-blank.docx'))
    expect(reported).toEqual([])
    expect(document.pageMeta).toBeUndefined()
    const paragraphs = document.blocks.filter((b) => b.kind === 'paragraph')
    expect(paragraphs.slice(0, 2).map((b) => [b.location.paragraph, b.text])).toEqual([
      [2, '政府信息公开工作年度报告格式模板'],
      [4, '一、总体情况'],
    ])
    const [disclosure, applications, review] = tablesOf(document)
    expect(cellList(disclosure!).slice(0, 6)).toEqual([
      'R1C1 cs4: 第二十条第（一）项',
      'R2C1: 信息内容',
      'R2C2: 本年制发件数',
      'R2C3: 本年废止件数',
      'R2C4: 现行有效件数',
      'R3C1: 规章',
    ])
    const applicationCells = cellList(applications!)
    expect(applicationCells).toContain('R1C1 cs3 rs3: （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）')
    expect(applicationCells).toContain('R2C4 rs2: 自然人')
    expect(applicationCells).toContain('R6C1 rs22: 三、本年度办理结果')
    expect(applicationCells).toContain('R3C5: 商业\n企业')
    const values = applications!.rows.slice(3).flatMap((row) => row.filter((c) => c.location.col! >= 4))
    expect(values).toHaveLength(25 * 7)
    expect(values.every((c) => c.text.trim() === '')).toBe(true)
    expect(cellList(review!).slice(-15).every((c) => c.endsWith(': '))).toBe(true)
  })

  it('the document title property becomes page metadata', async () => {
    const { document } = await parseDocx(fixtureBytes('sample-2025-minimal.docx'))
    expect(document.pageMeta).toEqual({ title: '测试市2025年政府信息公开工作年度报告' })
  })
})
