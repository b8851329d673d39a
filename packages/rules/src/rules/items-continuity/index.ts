import { defineRule, disclosureRows2019 } from '@zfxxgk/core'
import { docsUrl, only2019 } from '../../lib/docs.js'
import { consecutivePairs } from '../../lib/pairs.js'

const itemRows = disclosureRows2019.filter((row) => row.columns.some((c) => c.key === 'itemsChange'))

/** T2-9: 2019 edition, 上一年项目数量(Y) = 上一年项目数量(Y−1) + 本年增/减(Y−1). */
export const itemsContinuity = defineRule({
  meta: {
    id: 'items-continuity',
    spec: 'T2-9',
    type: 'problem',
    level: 'heuristic',
    defaultSeverity: 'warning',
    editions: only2019,
    docs: {
      description: { zh: '上一年项目数量 = 上年报告的上一年项目数量 + 本年增/减', en: "Prior-year items equal last report's prior-year items plus its change" },
      url: docsUrl('items-continuity'),
    },
    messages: {
      broken: {
        zh: '{{year}} 年“{{row}}”上一年项目数量为 {{actual}}，按 {{previousYear}} 年 {{previousItems}} {{change}} 应为 {{expected}}',
        en: '{{year}} `{{row}}`: prior-year items {{actual}}, expected {{expected}} ({{previousYear}}: {{previousItems}} {{change}})',
      },
    },
  },
  checkSeries(series, context) {
    const pairs = consecutivePairs(series).filter(([a, b]) => series[a]!.report.edition === '2019' && series[b]!.report.edition === '2019')
    if (pairs.length === 0) context.unassessable('meta.reportYear')
    for (const [previous, current] of pairs) {
      for (const row of itemRows) {
        const base = `activeDisclosure.${row.key}`
        const previousItems = context.cell(previous, `${base}.priorYearItems`)
        const change = context.cell(previous, `${base}.itemsChange`)
        const actual = context.cell(current, `${base}.priorYearItems`)
        if (previousItems === undefined || change === undefined || actual === undefined) continue
        const expected = previousItems + change
        if (expected === actual) continue
        context.report({
          entry: current,
          messageId: 'broken',
          keys: [`${base}.priorYearItems`],
          data: {
            year: series[current]!.report.meta.reportYear!, previousYear: series[previous]!.report.meta.reportYear!,
            row: row.label, actual, expected, previousItems, change: change < 0 ? `− ${-change}` : `+ ${change}`,
          },
          expected: `${expected}`,
          actual: `${actual}`,
        })
      }
    }
  },
})
