import { describe, expect, it } from 'vitest'
import { emptyReport } from '../model/empty.js'
import { setPath } from '../model/paths.js'
import type { SourceMap } from '../source-map.js'
import { definePlugin, defineRule } from './define.js'
import { lintReport } from './lint-report.js'

const sumRule = defineRule({
  meta: {
    id: 'review-sum', spec: 'T4-1', type: 'problem', level: 'official', defaultSeverity: 'error', editions: ['2021'],
    docs: { description: { zh: '复议总计等于各项之和', en: 'Review total equals its parts' }, url: 'https://example.org/review-sum' },
    messages: { mismatch: { zh: '总计 {{actual}}，应为 {{expected}}', en: 'Unexpected total {{actual}}, expected {{expected}}' } },
  },
  check(report, context) {
    const keys = ['upheld', 'corrected', 'otherResult', 'pending', 'total'].map((c) => `reviewLitigation.review.${c}`)
    const values = context.cells(keys)
    if (!values) return
    const expected = values.slice(0, 4).reduce((a, b) => a + b, 0)
    if (expected !== values[4]) context.report({ messageId: 'mismatch', keys, data: { expected, actual: values[4]! }, expected: String(expected), actual: String(values[4]) })
  },
})
const crashing = defineRule({
  meta: {
    id: 'crashing', type: 'problem', level: 'heuristic', defaultSeverity: 'info', editions: ['2019', '2021'],
    docs: { description: { zh: '崩溃', en: 'Crash' }, url: 'https://example.org/crash' },
    messages: { x: { zh: 'x', en: 'x' } },
  },
  check() {
    throw new Error('boom')
  },
})
const only2019 = { ...crashing, meta: { ...crashing.meta, id: 'only-2019', editions: ['2019'] as const } }
const plugin = definePlugin({ meta: { name: 'example-plugin', namespace: 'ex' }, rules: { 'review-sum': sumRule, crashing, 'only-2019': only2019 } })
const config = [{ plugins: { ex: plugin }, rules: { 'ex/review-sum': 'warn' as const } }]

function reviewReport(values: number[]) {
  const report = emptyReport('2021')
  ;['upheld', 'corrected', 'otherResult', 'pending', 'total'].forEach((c, i) => setPath(report, `reviewLitigation.review.${c}`, values[i]))
  return report
}

describe('lintReport', () => {
  it('passes a report that holds', () => {
    const { diagnostics, results } = lintReport(reviewReport([1, 2, 0, 1, 4]), { config })
    expect(diagnostics).toEqual([])
    expect(results).toEqual({ passed: ['ex/review-sum'], failed: [], notAssessable: [], skipped: [] })
  })

  it('fills severity, rule id, source, url, message, keys and the sources of the keys', () => {
    const sourceMap: SourceMap = { 'reviewLitigation.review.upheld': { raw: '1', location: { start: { line: 40, column: 1, offset: 900 } } } }
    const { diagnostics, results } = lintReport(reviewReport([1, 2, 0, 1, 5]), { config, sourceMap, lang: 'en' })
    expect(results.failed).toEqual(['ex/review-sum'])
    expect(diagnostics).toEqual([
      {
        ruleId: 'ex/review-sum', severity: 'warning', messageId: 'mismatch', message: 'Unexpected total 5, expected 4',
        data: { expected: 4, actual: 5 }, keys: ['upheld', 'corrected', 'otherResult', 'pending', 'total'].map((c) => `reviewLitigation.review.${c}`),
        expected: '4', actual: '5', source: 'example-plugin', url: 'https://example.org/review-sum',
        sources: [{ key: 'reviewLitigation.review.upheld', raw: '1', location: { start: { line: 40, column: 1, offset: 900 } } }],
        location: { start: { line: 40, column: 1, offset: 900 } },
      },
    ])
  })

  it('makes a rule with missing or ambiguous cells not assessable, with one info diagnostic naming them', () => {
    const report = reviewReport([1, 2, 0, 1, 5])
    setPath(report, 'reviewLitigation.review.corrected', null)
    const sourceMap: SourceMap = { 'reviewLitigation.review.total': { raw: '5', status: 'ambiguous' } }
    const { diagnostics, results } = lintReport(report, { config, sourceMap })
    expect(results).toEqual({ passed: [], failed: [], notAssessable: ['ex/review-sum'], skipped: [] })
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]).toMatchObject({
      ruleId: 'ex/review-sum', severity: 'info', messageId: 'notAssessable',
      keys: ['reviewLitigation.review.corrected', 'reviewLitigation.review.total'],
      message: '无法检查：reviewLitigation.review.corrected、reviewLitigation.review.total缺失或无法确定，规则“复议总计等于各项之和”未作判断',
    })
  })

  it('turns a crashing rule into an error diagnostic and skips rules of another edition', () => {
    const { diagnostics, results } = lintReport(emptyReport('2021'), {
      config: [{ plugins: { ex: plugin }, rules: { 'ex/crashing': 'info', 'ex/only-2019': 'error' } }],
      lang: 'en',
    })
    expect(results).toEqual({ passed: [], failed: [], notAssessable: ['ex/crashing'], skipped: ['ex/only-2019'] })
    expect(diagnostics).toMatchObject([{ ruleId: 'ex/crashing', severity: 'error', messageId: 'ruleError', message: 'The rule failed to run: boom' }])
  })
})
