import { describe, expect, it } from 'vitest'
import { fixtureBytes, gridText, paragraphsOf, parseHtmlDocument, tablesOf } from './helpers.js'

const decoder = new TextDecoder()

describe('html adapter on real pages', () => {
  it('reads the Word-exported 平潭 page: report blocks only, grids with the official spans', () => {
    const bytes = fixtureBytes('pingtan-2024.html')
    const { document, reported } = parseHtmlDocument(bytes)
    expect(document.format).toBe('html')
    expect(document.pageMeta).toEqual({ title: '平潭综合实验区2024年度政府信息公开工作年度报告', publicationDate: '2025-03-10' })
    const paragraphs = paragraphsOf(document)
    for (const heading of ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项']) {
      expect(paragraphs).toContain(heading)
    }
    // Page chrome (navigation, share links, QR code) is not part of the report.
    expect(paragraphs.some((p) => /首页|扫一扫|分享到|无障碍/.test(p))).toBe(false)
    expect(paragraphs.at(-1)).toBe('2024年，无收取信息处理费情况。')

    const [disclosure, applications, review] = tablesOf(document)
    expect(tablesOf(document)).toHaveLength(3)
    expect(disclosure!.layout).toBe('grid')
    expect(gridText(disclosure!).slice(0, 4)).toEqual([
      ['第二十条第（一）项', '·', '·', '·'],
      ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
      ['规章', '0', '0', '0'],
      ['行政规范性文件', '62', '33', '440'],
    ])
    expect(gridText(disclosure!).at(-1)).toEqual(['行政事业性收费', '18651.06', '·', '·'])

    const grid = gridText(applications!)
    expect(grid).toHaveLength(28)
    expect(applications!.rows[0]![0]).toMatchObject({ colSpan: 3, rowSpan: 3, location: { table: 2, row: 1, col: 1 } })
    expect(grid[2]).toEqual(['·', '·', '·', '·', '商业\n企业', '科研\n机构', '社会\n公益\n组织', '法律\n服务\n机构', '其他', '·'])
    expect(applications!.rows[5]![0]).toMatchObject({ text: '三、本\n年度办\n理结果', rowSpan: 22 })
    expect(grid[3]!.slice(3)).toEqual(['217', '1', '0', '0', '0', '0', '218'])
    expect(grid[26]!.slice(1)).toEqual(['（七）总计', '·', '217', '1', '0', '0', '0', '0', '218'])
    expect(grid[26]![0]).toBe('·')

    expect(gridText(review!)[3]).toEqual(['2', '1', '3', '1', '7', '0', '0', '0', '0', '0', '13', '2', '4', '0', '19'])
    expect(reported.filter((r) => r.severity !== 'info')).toEqual([])

    // Cell locations point at the `<td>` in the source.
    const source = decoder.decode(bytes)
    const cell = applications!.rows[3]![1]!
    expect(source.slice(cell.location.start!.offset, cell.location.start!.offset + 3)).toBe('<td')
    expect(source.slice(cell.location.start!.offset, cell.location.end!.offset)).toContain('>217<')
  })

  it('keeps the blank cells of the 2019 上海 page as blank slots', () => {
    const { document } = parseHtmlDocument(fixtureBytes('shanghai-office-2019.html'))
    expect(document.pageMeta).toEqual({ title: '2019年上海市人民政府办公厅政府信息公开工作年度报告', publicationDate: '2020-01-31' })
    // 发布日期：2020-01-31 is the page's, not the report's text.
    expect(paragraphsOf(document).slice(0, 2)).toEqual(['2019年上海市人民政府办公厅政府信息公开工作年度报告', expect.stringMatching(/^本年度报告根据/)])
    const [disclosure, applications, review] = tablesOf(document)
    expect(gridText(disclosure!)[1]).toEqual(['信息内容', '本年新\n制作数量', '本年新\n公开数量', '·', '对外公开总数量'])
    expect(gridText(disclosure!).at(-1)).toEqual(['政府集中采购', '6', '·', '251000元', '·'])
    const grid = gridText(applications!)
    expect(grid).toHaveLength(26)
    expect(grid[3]!.slice(3)).toEqual(['821', '35', '', '', '2', '1', '859'])
    expect(grid[5]!.slice(3)).toEqual(['258', '12', '', '', '1', '1', ''])
    expect(grid[23]!.slice(1)).toEqual(['（六）其他处理', '·', '', '', '', '', '', '', ''])
    expect(gridText(review!)[3]).toEqual(['5', '', '', '2', '7', '8', '', '', '1', '9', '', '', '', '', ''])
  })

  it('reads the minimal 2025 page, with empty header cells as real slots', () => {
    const { document } = parseHtmlDocument(fixtureBytes('sample-2025-minimal.html'))
    expect(document.pageMeta).toEqual({ title: '测试市2025年政府信息公开工作年度报告' })
    const grid = gridText(tablesOf(document)[1]!)
    expect(grid[2]).toEqual(['·', '·', '·', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', ''])
    expect(grid[27]).toEqual(['四、结转下年度继续办理', '·', '·', '783', '6', '0', '2', '25', '3', '819'])
  })
})

describe('html adapter decoding', () => {
  const blocksOf = (input: Uint8Array) => {
    const { document } = parseHtmlDocument(input)
    return document.blocks.map((b) => (b.kind === 'paragraph' ? b.text : gridText(b)))
  }

  it('honours a GB2312 http-equiv declaration', () => {
    const original = blocksOf(fixtureBytes('sample-2025-minimal.html'))
    const { document, reported } = parseHtmlDocument(fixtureBytes('sample-2025-minimal.gbk.html'))
    expect(document.blocks.map((b) => (b.kind === 'paragraph' ? b.text : gridText(b)))).toEqual(original)
    expect(reported).toEqual([])
  })

  it('honours <meta charset="gbk"> on a Word-exported page', () => {
    expect(blocksOf(fixtureBytes('pingtan-2024.gbk.html'))).toEqual(blocksOf(fixtureBytes('pingtan-2024.html')))
  })

  it('decodes undeclared GBK as GB18030 and says so', () => {
    const gbk = fixtureBytes('sample-2025-minimal.gbk.html')
    const declaration = new TextEncoder().encode('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">')
    const at = indexOfBytes(gbk, declaration)
    expect(at).toBeGreaterThan(0)
    const bytes = new Uint8Array([...gbk.subarray(0, at), ...gbk.subarray(at + declaration.length)])
    const { document, reported } = parseHtmlDocument(bytes)
    expect(paragraphsOf(document)).toContain('三、收到和处理政府信息公开申请情况')
    expect(reported.map((r) => r.messageId)).toEqual(['decodeFallback'])
  })

  it('prefers a BOM over a wrong declaration', () => {
    const text = '<meta charset="gbk"><p>一、总体情况</p>'
    const body = new TextEncoder().encode(text)
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...body])
    expect(paragraphsOf(parseHtmlDocument(bytes).document)).toEqual(['一、总体情况'])
  })

  it('reads a UTF-8 page that wrongly declares Latin-1 as UTF-8', () => {
    const bytes = new TextEncoder().encode('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>一、总体情况</p>')
    const { document, reported } = parseHtmlDocument(bytes)
    expect(paragraphsOf(document)).toEqual(['一、总体情况'])
    expect(reported.map((r) => r.messageId)).toEqual(['decodeMismatch'])
  })

  it('reads a UTF-8 page that wrongly declares GBK as UTF-8, with a warning', () => {
    const bytes = new TextEncoder().encode('<meta charset="gbk"><p>一、总体情况</p>')
    const { document, reported } = parseHtmlDocument(bytes)
    expect(paragraphsOf(document)).toEqual(['一、总体情况'])
    expect(reported.map((r) => [r.messageId, r.severity])).toEqual([['decodeMismatch', 'warning']])
  })
})

function indexOfBytes(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer
    return i
  }
  return -1
}
