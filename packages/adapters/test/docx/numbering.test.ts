import { describe, expect, it } from 'vitest'
import { formatNumber } from '../../src/docx/numbering/formats.js'
import { makeDocx, paragraphsOf, parseDocx, wordNs } from './helpers.js'

const lvl = (ilvl: number, format: string, text: string, suffix = 'nothing', start = 1) =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:suff w:val="${suffix}"/><w:lvlText w:val="${text}"/><w:pPr><w:tabs><w:tab w:val="num" w:pos="420"/></w:tabs></w:pPr></w:lvl>`
const numbering =
  `<w:abstractNum w:abstractNumId="7">${lvl(0, 'chineseCounting', '%1、')}${lvl(1, 'chineseCounting', '（%2）')}${lvl(2, 'decimal', '%3.')}</w:abstractNum>` +
  `<w:abstractNum w:abstractNumId="8">${lvl(0, 'decimal', '%1.', 'tab')}</w:abstractNum>` +
  '<w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num>' +
  '<w:num w:numId="2"><w:abstractNumId w:val="8"/></w:num>' +
  '<w:num w:numId="3"><w:abstractNumId w:val="8"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>'
const numbered = (text: string, numId: number | null, ilvl?: number, style?: string) => {
  const numPr = numId === null ? '' : `<w:numPr>${ilvl === undefined ? '' : `<w:ilvl w:val="${ilvl}"/>`}<w:numId w:val="${numId}"/></w:numPr>`
  const pStyle = style ? `<w:pStyle w:val="${style}"/>` : ''
  return `<w:p><w:pPr>${pStyle}${numPr}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`
}
const read = async (body: string, styles?: string) => paragraphsOf((await parseDocx(makeDocx(body, { numbering, ...(styles ? { styles } : {}) }))).document)

describe('automatic list numbers rendered into the text', () => {
  it('一、 （一） 1. from chineseCounting and decimal levels, deeper levels restarting', async () => {
    const body = [
      numbered('总体情况', 1, 0),
      numbered('主动公开', 1, 1),
      numbered('规章', 1, 2),
      numbered('规范性文件', 1, 2),
      numbered('依申请公开', 1, 1),
      numbered('主动公开政府信息情况', 1, 0),
      numbered('第一小节', 1, 1),
    ].join('')
    expect(await read(body)).toEqual(['一、总体情况', '（一）主动公开', '1.规章', '2.规范性文件', '（二）依申请公开', '二、主动公开政府信息情况', '（一）第一小节'])
  })

  it('the counter runs through ten and beyond: 十、 十一、', async () => {
    const body = Array.from({ length: 12 }, (_, i) => numbered(`节${i + 1}`, 1, 0)).join('')
    expect((await read(body)).slice(8)).toEqual(['九、节9', '十、节10', '十一、节11', '十二、节12'])
  })

  it('a tab suffix follows the number; numId 0 removes numbering; startOverride restarts the list', async () => {
    const body = [numbered('a', 2, 0), numbered('b', 2, 0), numbered('plain', 0, 0), numbered('c', 3, 0), numbered('d', 3, 0)].join('')
    expect(await read(body)).toEqual(['1.\ta', '2.\tb', 'plain', '5.\tc', '6.\td'])
  })

  it('numbering given by a heading style (w:pStyle → w:numPr in styles.xml, through w:basedOn)', async () => {
    const styles =
      '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="ReportHeading"><w:basedOn w:val="Heading1"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Sub"><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
    const body = [numbered('总体情况', null, undefined, 'Heading1'), numbered('主动公开', null, undefined, 'Sub'), numbered('主动公开政府信息情况', null, undefined, 'ReportHeading')].join('')
    expect(await read(body, styles)).toEqual(['一、总体情况', '（一）主动公开', '二、主动公开政府信息情况'])
  })

  it('levels are read past their formatting and picture bullets, and Word 2010 custom formats fall back', async () => {
    const level = (ilvl: number, format: string) =>
      `<w:lvl w:ilvl="${ilvl}" w:tplc="0409000F"><w:start w:val="1"/>${format}<w:lvlText w:val="%${ilvl + 1}."/><w:lvlJc w:val="left"/>` +
      '<w:pPr><w:tabs><w:tab w:val="num" w:pos="720"/></w:tabs><w:ind w:left="720" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr></w:lvl>'
    const custom =
      '<mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="01, 02, 03, ..."/></mc:Choice><mc:Fallback><w:numFmt w:val="decimalZero"/></mc:Fallback></mc:AlternateContent>'
    const definitions =
      '<w:numPicBullet w:numPicBulletId="0"><w:pict><v:shape id="b"><v:imagedata o:title=""/></v:shape></w:pict></w:numPicBullet>' +
      `<w:abstractNum w:abstractNumId="3"><w:nsid w:val="1A2B3C4D"/><w:multiLevelType w:val="hybridMultilevel"/>${level(0, custom)}${level(1, '<w:numFmt w:val="lowerLetter"/>')}</w:abstractNum>` +
      '<w:num w:numId="4"><w:abstractNumId w:val="3"/></w:num>'
    const part =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:numbering xmlns:w="${wordNs}" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" ` +
      `xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14">${definitions}</w:numbering>`
    const body = [numbered('a', 4, 0), numbered('b', 4, 1), numbered('c', 4, 0)].join('')
    const { document } = await parseDocx(makeDocx(body, { numbering: '<w:num w:numId="4"/>', extra: { 'word/numbering.xml': part } }))
    expect(paragraphsOf(document)).toEqual(['01.\ta', 'a.\tb', '02.\tc'])
  })

  it('numbered paragraphs in table cells are numbered too', async () => {
    const body = `<w:tbl><w:tr><w:tc>${numbered('属于国家秘密', 2, 0)}</w:tc></w:tr></w:tbl>`
    const { document } = await parseDocx(makeDocx(body, { numbering }))
    expect(document.blocks[0]!.kind === 'table' && document.blocks[0]!.rows[0]![0]!.text).toBe('1.\t属于国家秘密')
  })

  it('formats: Chinese counting, legal, traditional stems, full-width, circled, letters, roman', () => {
    expect([1, 10, 11, 20, 21, 100, 105, 110, 1000].map((n) => formatNumber(n, 'chineseCounting'))).toEqual([
      '一', '十', '十一', '二十', '二十一', '一百', '一百零五', '一百一十', '一千',
    ])
    expect(formatNumber(3, 'chineseCountingThousand')).toBe('三')
    expect(formatNumber(12, 'chineseLegalSimplified')).toBe('壹拾贰')
    expect(formatNumber(2, 'ideographTraditional')).toBe('乙')
    expect(formatNumber(12, 'decimalFullWidth')).toBe('１２')
    expect(formatNumber(3, 'decimalEnclosedCircle')).toBe('③')
    expect(formatNumber(28, 'lowerLetter')).toBe('bb')
    expect(formatNumber(14, 'upperRoman')).toBe('XIV')
    expect(formatNumber(7, 'decimalZero')).toBe('07')
    expect(formatNumber(7, 'none')).toBe('')
  })
})
