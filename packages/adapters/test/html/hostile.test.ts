import fc from 'fast-check'
import { parseReport } from '@zfxxgk/core'
import { html } from '../../src/html/index.js'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { gridText, paragraphsOf, parseHtmlDocument, tablesOf } from './helpers.js'

const ids = (reported: Array<{ messageId: string }>) => reported.map((r) => r.messageId)

describe('html adapter on bad and hostile input', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('repairs unclosed tags like a browser and says so', () => {
    const { document, reported } = parseHtmlDocument('<div><p>一、总体情况<p>正文<table><tr><td>规章<td>3<td>5<tr><td>行政规范性文件<td>7<td>9')
    expect(paragraphsOf(document)).toEqual(['一、总体情况', '正文'])
    expect(gridText(tablesOf(document)[0]!)).toEqual([['规章', '3', '5'], ['行政规范性文件', '7', '9']])
    expect(ids(reported)).toContain('unclosedTags')
  })

  it('reads a table inside a report table cell as a table of its own, left out of the cell', () => {
    const rows = Array.from({ length: 4 }, (_, i) => `<tr><td>r${i}</td><td>${i}</td><td>${i * 2}</td></tr>`).join('')
    const page = `<table><tr><td>外</td><td>1<table><tr><td>内a</td><td>内b</td></tr></table></td><td>2</td></tr>${rows}</table>`
    const { document, reported } = parseHtmlDocument(page)
    const [outer, inner] = tablesOf(document)
    expect(gridText(outer!)[0]).toEqual(['外', '1', '2'])
    expect(gridText(inner!)).toEqual([['内a', '内b']])
    expect(inner!.location.table).toBe(2)
    expect(reported.find((r) => r.messageId === 'nestedTable')).toMatchObject({ severity: 'info', data: { table: 1, inner: 2 }, location: { table: 2 } })
  })

  it('reads a layout table around the report as page flow', () => {
    const report = '<p>一、总体情况</p><p>正文</p><p>二、主动公开政府信息情况</p><table><tr><td>规章</td><td>1</td><td>2</td><td>3</td></tr><tr><td>行政规范性文件</td><td>4</td><td>5</td><td>6</td></tr></table>'
    const { document, reported } = parseHtmlDocument(`<table><tr><td>导航</td></tr><tr><td>${report}</td></tr></table>`)
    expect(document.blocks.map((b) => (b.kind === 'paragraph' ? b.text : 'TABLE'))).toEqual(['一、总体情况', '正文', '二、主动公开政府信息情况', 'TABLE'])
    expect(ids(reported)).toContain('layoutTable')
  })

  it('reads a one-column table of paragraphs (old CMS pages) as page flow', () => {
    const { document } = parseHtmlDocument('<table><tr><td><p>一、总体情况</p></td></tr><tr><td>正文<br>第二行</td></tr><tr><td>索引号：A-1 发布日期：2020-02-01</td></tr></table>')
    // The metadata line goes to pageMeta, not to the report's text.
    expect(paragraphsOf(document)).toEqual(['一、总体情况', '正文', '第二行'])
    expect(tablesOf(document)).toEqual([])
    expect(document.pageMeta).toEqual({ indexNumber: 'A-1', publicationDate: '2020-02-01' })
  })

  it('survives 100,000 nested elements and keeps their text', () => {
    const deep = '<div>'.repeat(100_000) + '一、总体情况' + '</div>'.repeat(100_000)
    const { document, reported } = parseHtmlDocument(deep)
    expect(paragraphsOf(document)).toEqual(['一、总体情况'])
    expect(ids(reported)).toContain('nestingTooDeep')

    const tables = parseHtmlDocument('<table><tr><td>'.repeat(30_000) + 'x')
    expect(ids(tables.reported)).toContain('nestingTooDeep')
    const spans = parseHtmlDocument('<p>' + '<span>'.repeat(100_000) + '12')
    expect(paragraphsOf(spans.document)).toEqual(['12'])
  })

  it('gives a document without report parts for a page that is no report, and an error for an empty one', () => {
    const { document } = parseHtmlDocument('<html><body><nav><a href="/">首页</a></nav><p>欢迎访问</p></body></html>')
    expect(paragraphsOf(document)).toEqual(['首页', '欢迎访问'])
    expect(tablesOf(document)).toEqual([])
    const empty = parseHtmlDocument(new Uint8Array())
    expect(empty.document.blocks).toEqual([])
    expect(empty.reported.map((r) => [r.messageId, r.severity])).toEqual([['noContent', 'error']])
  })

  it('never runs or fetches anything in the page', () => {
    const fetch = vi.fn()
    vi.stubGlobal('fetch', fetch)
    const page = [
      '<html><head><script>globalThis.__ran = 1</script><link rel="stylesheet" href="http://example.invalid/a.css">',
      '<style>p { color: red }</style><base href="http://example.invalid/"></head><body>',
      '<img src="http://example.invalid/x.png" onerror="globalThis.__ran = 2"><iframe src="http://example.invalid/"></iframe>',
      '<noscript>请启用脚本</noscript><p onclick="globalThis.__ran = 3">一、总体情况</p>',
      '<script src="http://example.invalid/x.js"></script></body></html>',
    ].join('')
    const { document } = parseHtmlDocument(page)
    expect(paragraphsOf(document)).toEqual(['一、总体情况'])
    expect((globalThis as { __ran?: number }).__ran).toBeUndefined()
    expect(fetch).not.toHaveBeenCalled()
  })
})

describe('html adapter on Word and CMS markup', () => {
  it('joins runs, keeps <br> in labels, blanks &nbsp; cells and skips comments and hidden text', () => {
    const page = [
      '<!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]-->',
      '<p class=MsoNormal><b><span style="font-family:黑体">三、收到和处理</span></b><b><span>政府信息公开申请情况</span></b></p>',
      '<p style="display:none">隐藏</p>',
      '<table class=MsoTableGrid><tr><td><p class=MsoNormal><span>1.属于</span><span>国家<br>秘密</span></p></td>',
      '<td><span lang=EN-US>1</span><span\nlang=EN-US>2</span>\n<span lang=EN-US>3</span></td><td>&nbsp;</td>',
      '<td><p>&nbsp;</p></td><td><font size=2>4</font><font size=2>5</font></td></tr></table>',
    ].join('\n')
    const { document } = parseHtmlDocument(page)
    expect(paragraphsOf(document)).toEqual(['三、收到和处理政府信息公开申请情况'])
    expect(gridText(tablesOf(document)[0]!)).toEqual([['1.属于国家\n秘密', '123', '', '', '45']])
  })

  it('shows what Word reveals to other browsers (<![if !supportLists]>) and hides what it keeps for itself', () => {
    const page = [
      '<p class=MsoListParagraph style="mso-list:l0 level1 lfo1"><![if !supportLists]><span lang=EN-US>1.<span style="font:7.0pt">&nbsp;&nbsp;</span></span><![endif]>',
      '<span>属于国家秘密</span><o:p></o:p></p>',
      '<!--[if gte vml 1]><v:shape><v:textbox>文本框</v:textbox></v:shape><![endif]--><p class=MsoNormal>正文<span style="mso-spacerun:yes">&nbsp; </span></p>',
    ].join('\n')
    expect(paragraphsOf(parseHtmlDocument(page).document)).toEqual(['1. 属于国家秘密', '正文'])
  })

  it('drops source line breaks between Chinese characters, as browsers do', () => {
    const { document } = parseHtmlDocument('<p>五、存在的主要问题\n及改进情况</p><p>2024 年\n全年</p>')
    expect(paragraphsOf(document)).toEqual(['五、存在的主要问题及改进情况', '2024 年全年'])
  })

  it('forms grids by the HTML table model: invalid spans, rowspan=0, tfoot before tbody, ragged rows', () => {
    const page = [
      '<table><tfoot><tr><td>foot</td><td>f</td></tr></tfoot>',
      '<thead><tr><td rowspan="0">h</td><td colspan="abc">a</td><td colspan="2x">b</td></tr><tr><td>c</td></tr></thead>',
      '<tbody><tr><td rowspan=3>x</td><td>1</td><td>2</td><td>3</td></tr><tr><td colspan=0>4</td></tr></tbody></table>',
    ].join('')
    const { document, reported } = parseHtmlDocument(page)
    expect(gridText(tablesOf(document)[0]!)).toEqual([
      ['h', 'a', 'b', '·'],
      ['·', 'c', '·', '·'],
      ['x', '1', '2', '3'],
      ['·', '4', '·', '·'],
      ['foot', 'f', '·', '·'],
    ])
    expect(reported.find((r) => r.messageId === 'tableRagged')).toMatchObject({ data: { table: 1, row: 2, col: 3, count: 3 } })
  })

  it('reports overlapping cells with their place', () => {
    const { reported } = parseHtmlDocument('<table><tr><td>a</td><td rowspan=2>b</td></tr><tr><td colspan=2>c</td></tr></table>')
    expect(reported.find((r) => r.messageId === 'tableOverlap')).toMatchObject({
      severity: 'warning',
      data: { table: 1, row: 2, col: 2, count: 1 },
      location: { table: 1, row: 2, col: 2 },
    })
  })
})

describe('html adapter page metadata', () => {
  const report = '<div class="article"><p>一、总体情况</p><p>正文</p><p>二、主动公开政府信息情况</p></div>'

  it('reads the 索引号/发布机构/发布日期 table into pageMeta and keeps it out of the tables', () => {
    const meta = '<table><tr><td>索引号：</td><td>11350000-2021-00012</td><td>发布机构：</td><td>福建省某某局</td></tr><tr><td>发布日期：</td><td>2021年1月28日</td><td>主题分类：</td><td>年报</td></tr></table>'
    const { document } = parseHtmlDocument(`<html><head><title>某某局2020年政府信息公开工作年度报告_年报_某某网</title></head><body>${meta}${report}</body></html>`)
    expect(document.pageMeta).toEqual({
      title: '某某局2020年政府信息公开工作年度报告',
      agencyName: '福建省某某局',
      publicationDate: '2021-01-28',
      indexNumber: '11350000-2021-00012',
    })
    expect(tablesOf(document)).toEqual([])
    expect(paragraphsOf(document)).toEqual(['一、总体情况', '正文', '二、主动公开政府信息情况'])
  })

  it('reads metadata lines in traditional characters', () => {
    const meta = '<ul class="xxgk"><li>索引號：A-1</li><li>發佈機構：某某縣人民政府</li><li>發佈日期：2022/2/3</li></ul>'
    const { document } = parseHtmlDocument(`<body>${meta}${report}</body>`)
    expect(document.pageMeta).toEqual({ agencyName: '某某縣人民政府', publicationDate: '2022-02-03', indexNumber: 'A-1' })
  })
})

describe('html adapter on random tag soup', () => {
  const tag = fc.constantFrom('table', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'p', 'div', 'span', 'br', 'b', 'caption', 'font', 'li', 'script', 'style', 'template')
  const attribute = fc.oneof(
    fc.constant(''),
    fc.constantFrom('colspan', 'rowspan').chain((name) => fc.constantFrom('0', '1', '2', '3', '-1', 'abc', '2x', '1001', '70000', ' 4').map((v) => ` ${name}="${v}"`)),
    fc.constant(' style="display:none"'),
  )
  const piece = fc.oneof(
    fc.tuple(tag, attribute).map(([t, a]) => `<${t}${a}>`),
    tag.map((t) => `</${t}>`),
    fc.constantFrom('一、总体情况', '规章', '12', '&nbsp;', '\n', '<!--x-->', '<![if !supportLists]>', '<![endif]>', '&#x5b57;', '<?xml?>'),
  )

  it('never throws, and every cell sits inside its grid', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 120 }), (pieces) => {
        const { document } = parseHtmlDocument(pieces.join(''))
        for (const block of document.blocks) {
          if (block.kind !== 'table') continue
          for (const row of block.rows) {
            for (const cell of row) {
              expect(cell.location.row).toBeGreaterThanOrEqual(1)
              expect(cell.location.col).toBeGreaterThanOrEqual(1)
              expect(cell.colSpan).toBeGreaterThanOrEqual(1)
              expect(cell.rowSpan).toBeGreaterThanOrEqual(1)
            }
          }
        }
      }),
      { numRuns: 300 },
    )
  })
})

describe('html adapter: the report inside the page', () => {
  it('keeps the article with its title and 落款, and drops navigation, sidebars and footers around it', async () => {
    const table = '<table><tr><td>行政复议</td><td>行政诉讼</td></tr><tr><td>结果维持</td><td>总计</td></tr><tr><td>1</td><td>2</td></tr></table>'
    const page = [
      '<body><div class="nav"><p>首页</p><p>政务公开</p></div><div class="main"><div class="sidebar"><ul><li>2022年度报告</li></ul></div>',
      `<div class="article"><h1>某某局2023年政府信息公开工作年度报告</h1><div class="content"><p>一、总体情况</p><p>正文</p>${table}`,
      '<p>六、其他需要报告的事项</p><p>无。</p></div><p>某某局</p><p>2024年1月10日</p></div></div>',
      '<div class="footer"><table><tr><td>主办单位：某某局</td></tr><tr><td>网站标识码</td></tr></table><p>版权所有</p></div></body>',
    ].join('')
    const { document } = parseHtmlDocument(page)
    expect(document.blocks.map((b) => (b.kind === 'paragraph' ? b.text : 'TABLE'))).toEqual([
      '某某局2023年政府信息公开工作年度报告', '一、总体情况', '正文', 'TABLE', '六、其他需要报告的事项', '无。', '某某局', '2024年1月10日',
    ])
    const { report } = await parseReport(new TextEncoder().encode(page), { format: 'html', adapters: [html] })
    expect(report!.meta).toMatchObject({ agencyName: '某某局', reportYear: 2023, publicationDate: '2024-01-10' })
    expect(report!.otherMatters).toBe('无。')
  })
})
