import { describe, expect, it } from 'vitest'
import { makeDocx, p, paragraphsOf, parseDocx, strictNs } from './helpers.js'

const texts = async (body: string, options?: Parameters<typeof makeDocx>[1]) => paragraphsOf((await parseDocx(makeDocx(body, options))).document)

describe('text as the reader sees it', () => {
  it('w:tab inside a run is a tab; a tab stop in w:pPr/w:tabs is not text', async () => {
    const body = '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>规章</w:t><w:tab/><w:t>3</w:t></w:r></w:p>'
    expect(await texts(body)).toEqual(['规章\t3'])
  })

  it('w:br and w:cr break the line; w:noBreakHyphen and w:sym give their characters', async () => {
    const body = '<w:p><w:r><w:t>本年新</w:t><w:br/><w:t>制作数量</w:t><w:cr/><w:t>a</w:t><w:noBreakHyphen/><w:t>b</w:t><w:sym w:font="Wingdings" w:char="F06C"/></w:r></w:p>'
    expect(await texts(body)).toEqual(['本年新\n制作数量\na\u2011bl'])
  })

  it('deleted text is skipped, inserted text is kept', async () => {
    const body = '<w:p><w:r><w:t>行政</w:t></w:r><w:del w:id="1" w:author="a"><w:r><w:delText>处罚</w:delText></w:r></w:del><w:ins w:id="2" w:author="a"><w:r><w:t>许可</w:t></w:r></w:ins></w:p>'
    expect(await texts(body)).toEqual(['行政许可'])
  })

  it('field codes are skipped and their results kept, nested fields included', async () => {
    const body =
      '<w:p><w:r><w:t>第</w:t></w:r>' +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE \\* ' +
      '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>INNER</w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
      '<w:r><w:t>页</w:t></w:r><w:fldSimple w:instr=" DATE "><w:r><w:t>，2024年</w:t></w:r></w:fldSimple></w:p>'
    expect(await texts(body)).toEqual(['第3页，2024年'])
  })

  it('a content control (w:sdt) around paragraphs and runs keeps its content once, not its properties', async () => {
    const body =
      '<w:sdt><w:sdtPr><w:alias w:val="标题"/><w:text/></w:sdtPr><w:sdtContent>' +
      '<w:p><w:r><w:t>一、</w:t></w:r><w:sdt><w:sdtPr><w:tag w:val="t"/></w:sdtPr><w:sdtContent><w:r><w:t>总体情况</w:t></w:r></w:sdtContent></w:sdt></w:p>' +
      '</w:sdtContent></w:sdt>'
    expect(await texts(body)).toEqual(['一、总体情况'])
  })

  it('mc:AlternateContent is read once: the first Choice, else the Fallback', async () => {
    const alt = (inner: string) => `<w:p><w:r><w:t>A</w:t></w:r><mc:AlternateContent>${inner}</mc:AlternateContent><w:r><w:t>Z</w:t></w:r></w:p>`
    const choice = '<mc:Choice Requires="wps"><w:r><w:t>choice</w:t></w:r></mc:Choice>'
    const fallback = '<mc:Fallback><w:r><w:t>fallback</w:t></w:r></mc:Fallback>'
    expect(await texts(alt(choice + fallback))).toEqual(['AchoiceZ'])
    expect(await texts(alt(fallback))).toEqual(['AfallbackZ'])
  })

  it('hidden text (w:vanish) is not read; w:vanish w:val="0" is visible', async () => {
    const body = '<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>shown</w:t></w:r></w:p>'
    expect(await texts(body)).toEqual(['shown'])
  })

  it('the Strict namespace and any prefix are read by namespace URI', async () => {
    expect(await texts(p('严格'), { namespace: strictNs })).toEqual(['严格'])
    const { document } = await parseDocx(
      makeDocx('', {
        extra: {
          'word/main.xml': `<?xml version="1.0"?><x:document xmlns:x="${strictNs}"><x:body><x:p><x:r><x:t>前缀</x:t><x:tab/></x:r></x:p><w:p xmlns:w="urn:not-word"><w:r><w:t>ignored</w:t></w:r></w:p></x:body></x:document>`,
        },
      }),
    )
    expect(paragraphsOf(document)).toEqual(['前缀\t'])
  })

  it('a text box inside a paragraph joins that paragraph', async () => {
    const body = `<w:p><w:r><w:t>正文</w:t></w:r><w:r><w:drawing><wps:txbx xmlns:wps="urn:wps"><w:txbxContent><w:p><w:r><w:t>框内</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></w:r></w:p>`
    expect(await texts(body)).toEqual(['正文框内\n'])
  })

  it('body paragraphs carry their 1-based index among all body paragraphs, empty ones included', async () => {
    const { document } = await parseDocx(makeDocx(`${p('一')}<w:p/>${p('  ')}<w:tbl><w:tr>${'<w:tc><w:p/></w:tc>'}</w:tr></w:tbl>${p('二')}`))
    expect(document.blocks.filter((b) => b.kind === 'paragraph').map((b) => [b.location.paragraph, b.kind === 'paragraph' && b.text])).toEqual([
      [1, '一'],
      [4, '二'],
    ])
  })
})
