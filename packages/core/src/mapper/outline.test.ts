import { describe, expect, it } from 'vitest'
import type { Block } from '../document/types.js'
import { outlineDocument } from './outline.js'

const paragraphs = (...texts: string[]): Block[] => texts.map((text, i) => ({ kind: 'paragraph', text, location: { paragraph: i + 1 } }))
const headings = (...texts: string[]) => outlineDocument(paragraphs(...texts)).headings.map((h) => [h.key, h.blockIndex])

describe('outlineDocument', () => {
  it('a preamble listing the sections line by line is not taken for the headings (D-H8)', () => {
    const toc = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项']
    expect(headings('某局2022年政府信息公开工作年度报告', '本报告由以下部分组成：', ...toc, ...toc.flatMap((h) => [h, '正文。']))).toEqual([
      ['overview', 8], ['activeDisclosure', 10], ['applications', 12], ['reviewLitigation', 14], ['problemsImprovements', 16], ['otherMatters', 18],
    ])
  })

  it('a duplicated title and heading restart the section (D-H2); headings out of order are text', () => {
    const outline = outlineDocument(paragraphs('标题年度报告', '一、总体情况', '标题年度报告', '一、总体情况', '正文', '二、主动公开政府信息情况', '一、总体情况'))
    expect(outline.headings.map((h) => h.blockIndex)).toEqual([1, 3, 5])
    expect(outline.sectionOf[6]).toBe('activeDisclosure')
    expect(outline.titleBlocks).toEqual([0])
  })

  it('a title split over two lines is one title (D-H3)', () => {
    expect(outlineDocument(paragraphs('棉洋镇人民政府2021年政府信息公开工作', '年度报告', '一、总体情况')).titleBlocks).toEqual([0, 1])
  })
})
