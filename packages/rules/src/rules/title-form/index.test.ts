import { describe, expect, it } from 'vitest'
import { filledReport, lintWith, outcome } from '../../../test/helpers.js'
import { titleForm } from './index.js'

const titled = (title: string | null) => filledReport('2021', { 'meta.title': title })

describe('title-form (S7)', () => {
  it('passes the observed title forms', () => {
    for (const title of [
      '白杨镇人民政府2022年政府信息公开工作年度报告', '北杨集镇2019年政府信息公开工作年度报告', '2019年上海市人民政府办公厅政府信息公开工作年度报告',
      '2022年度螅镇政府信息公开工作年度报告', '2021年北岙街道办事处信息公开年报'.replace('信息公开', '政府信息公开'), '棉洋镇人民政府2021年政府信息公开工作 年度报告',
    ]) {
      expect(outcome(lintWith(titleForm, titled(title))), title).toBe('passed')
    }
  })

  it('fails a title without the year or the report words', () => {
    const { diagnostics } = lintWith(titleForm, titled('峰灵镇政务公开工作总结'))
    expect(diagnostics).toMatchObject([{ severity: 'warning', keys: ['meta.title'], message: '标题“峰灵镇政务公开工作总结”不是“{机关}{年度}年政府信息公开工作年度报告”的形式' }])
  })

  it('is not assessable when the text has no title (it may be in the page header)', () => {
    expect(outcome(lintWith(titleForm, titled(null)))).toBe('notAssessable')
  })
})
