import { describe, expect, it } from 'vitest'
import type { Block } from '../document/types.js'
import { readMetadata } from './metadata.js'
import { outlineDocument } from './outline.js'

const paragraphs = (...texts: string[]): Block[] => texts.map((text, i) => ({ kind: 'paragraph', text, location: { paragraph: i + 1 } }))
const meta = (...texts: string[]) => {
  const blocks = paragraphs(...texts)
  return readMetadata(blocks, outlineDocument(blocks), undefined).meta
}

describe('readMetadata (spec §5)', () => {
  it.each([
    ['白杨镇人民政府2022年政府信息公开工作年度报告', '白杨镇人民政府', 2022, '乡镇'],
    ['北杨集镇2019年政府信息公开工作年度报告', '北杨集镇', 2019, '乡镇'],
    ['2019年上海市人民政府办公厅政府信息公开工作年度报告', '上海市人民政府办公厅', 2019, '部门'],
    ['2021年迎宾路街道政府信息公开工作年度报告', '迎宾路街道', 2021, '街道'],
    ['2022年度螅镇政府信息公开工作年度报告', '螅镇', 2022, '乡镇'],
    ['淮安市洪泽区人民政府2024年政府信息公开工作年度报告', '淮安市洪泽区人民政府', 2024, '县级政府'],
    ['测试市2025年政府信息公开工作年度报告', '测试市', 2025, '市级政府'],
    ['江苏省人民政府2023年政府信息公开工作年度报告', '江苏省人民政府', 2023, '省级政府'],
    ['上海市科学技术委员会2024年政府信息公开工作年度报告', '上海市科学技术委员会', 2024, '部门'],
    ['政府信息公開工作年度報告', null, null, null],
  ])('%s', (title, agencyName, reportYear, agencyType) => {
    const m = meta(title, '一、总体情况', '正文。', '二、主动公开政府信息情况')
    expect([m.agencyName, m.reportYear, m.agencyType]).toEqual([agencyName, reportYear, agencyType])
  })

  it('falls back to the 落款, the statistics period and self-references', () => {
    const m = meta('一、总体情况', '本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。我街道持续推进政务公开。', '六、其他需要报告的事项', '无。', '城关街道办事处', '二〇二三年一月十八日')
    expect(m).toEqual({ title: null, agencyName: '城关街道办事处', agencyType: '街道', reportYear: 2022, publicationDate: '2023-01-18' })
  })

  it('leaves the agency null rather than guess from 我镇', () => {
    const m = meta('一、总体情况', '2023年，我镇认真贯彻落实条例。', '二、主动公开政府信息情况')
    expect([m.agencyName, m.agencyType, m.reportYear]).toEqual([null, '乡镇', 2023])
  })

  it.each([
    ['现将城南街道2023年政府信息公开工作年度报告如下。', '城南街道', 2023],
    ['现将 城南街道 ２０２３ 年政府信息公开工作年度报告如下。', '城南街道', 2023],
    ['城南街道向社会公布2023年政府信息公开工作年度报告。', '城南街道', 2023],
    ['现将基本情况报告如下：', null, 2023],
  ])('reads the agency from a preamble without a title: %s', (preamble, agencyName, reportYear) => {
    const m = meta(preamble, '一、总体情况', '2023年，本街道推进政务公开。', '二、主动公开政府信息情况')
    expect([m.agencyName, m.reportYear]).toEqual([agencyName, reportYear])
  })

  it('takes the page title without the site name when the body has none', () => {
    const blocks = paragraphs('一、总体情况', '正文。', '二、主动公开政府信息情况')
    const title = '平潭综合实验区2024年度政府信息公开工作年度报告_政府信息公开年报_平潭综合实验区党工委管委会'
    const m = readMetadata(blocks, outlineDocument(blocks), { title }).meta
    expect([m.title, m.agencyName, m.reportYear]).toEqual(['平潭综合实验区2024年度政府信息公开工作年度报告', '平潭综合实验区', 2024])
  })
})
