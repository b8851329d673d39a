import { describe, expect, it } from 'vitest'
import { filledReport, lintWith, outcome } from '../../../test/helpers.js'
import { overviewTopics } from './index.js'

describe('overview-topics (S11)', () => {
  it('passes an overview with the five areas', () => {
    const overview = '（一）主动公开。（二）依申请公开。（三）政府信息管理。（四）政府信息公开平台建设。（五）监督保障。'
    expect(outcome(lintWith(overviewTopics, filledReport('2021', { overview })))).toBe('passed')
  })

  it('reports, at info, each area not spoken of', () => {
    const { diagnostics } = lintWith(overviewTopics, filledReport('2021', { overview: '全年主动公开政府信息35条，依申请公开0件。' }))
    expect(diagnostics.map((d) => [d.severity, d.data?.['topic']])).toEqual([
      ['info', '政府信息管理'], ['info', '政府信息公开平台建设'], ['info', '监督保障'],
    ])
  })

  it('is skipped for 2019 reports and not assessable without an overview', () => {
    expect(outcome(lintWith(overviewTopics, filledReport('2019', { overview: '无' })))).toBe('skipped')
    expect(outcome(lintWith(overviewTopics, filledReport('2021')))).toBe('notAssessable')
  })
})
