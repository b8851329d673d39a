import { describe, expect, it } from 'vitest'
import { checkSeries } from '../../check-series.js'
import { plugin } from '../../plugin.js'
import { yearReport } from '../../../test/series-helpers.js'
import { comparableText, similarity } from './index.js'

const only = { config: [{ plugins: { zfxxgk: plugin }, rules: { 'zfxxgk/no-copied-text': 'warn' as const } }] }
const body = (year: number) =>
  `${year}年，我镇全面贯彻落实《中华人民共和国政府信息公开条例》，加强组织领导，健全工作机制，完善制度建设，狠抓工作落实，持续推进政府信息公开工作。` +
  '在主动公开方面，及时发布政务动态、政策文件和重点领域信息，做到应公开尽公开。在依申请公开方面，畅通申请渠道，规范办理流程，依法按时答复。' +
  '在政府信息管理方面，严格落实保密审查制度，动态更新公开目录。在平台建设方面，加强政府网站和政务新媒体管理，提升信息发布质量。' +
  `在监督保障方面，组织业务培训${year - 2019}次，把政务公开纳入年度考核。`

describe('no-copied-text (S12)', () => {
  it('ignores numbers and years when comparing', () => {
    expect(comparableText({ overview: '2022年共3件', problemsImprovements: null, otherMatters: '无' })).toBe('#年共#件无')
    expect(similarity('abcd', 'abcd')).toBe(1)
    expect(similarity('abcd', 'wxyz')).toBe(0)
  })

  it('fails a report whose text is last year’s with new numbers', () => {
    const series = [yearReport(2022, { overview: body(2022) }), yearReport(2023, { overview: body(2023) })]
    const { diagnostics } = checkSeries(series, only)
    expect(diagnostics).toMatchObject([{ severity: 'warning', data: { year: 2023, previousYear: 2022, percent: 100 }, message: '2023 年报告正文与 2022 年报告的相似度为 100%（不计数字与年份），内容雷同' }])
  })

  it('passes a rewritten report', () => {
    const rewritten = '本年度，本镇围绕群众关切，推动基层政务公开标准化规范化，新建村级公开栏十二处，开展“政务公开日”活动，邀请群众代表走进镇政府参观办事流程。'.repeat(2) +
      '针对去年发现的更新不及时问题，建立了周报制度，每周由党政办汇总各站所信息，由分管领导审签后发布。' +
      '下一步将把公开工作与乡村振兴结合起来，重点公开惠民资金发放、项目建设进度和集体资产处置结果。'
    const series = [yearReport(2022, { overview: body(2022) }), yearReport(2023, { overview: rewritten })]
    expect(checkSeries(series, only).results.passed).toEqual(['zfxxgk/no-copied-text'])
  })

  it('is not assessable for texts too short to judge', () => {
    expect(checkSeries([yearReport(2022, { overview: '无' }), yearReport(2023, { overview: '无' })], only).results.notAssessable).toEqual(['zfxxgk/no-copied-text'])
  })
})
