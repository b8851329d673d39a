import { defineRule } from '@zfxxgk/core'
import * as v from 'valibot'
import { columnKeys, columnLabel } from '../../lib/applications.js'
import { both, docsUrl } from '../../lib/docs.js'
import { consecutivePairs } from '../../lib/pairs.js'

/** T3-6: this year's 上年结转 equals last year's 结转下年度, per column (or the total only). */
export const carriedOverContinuity = defineRule({
  meta: {
    id: 'carried-over-continuity',
    spec: 'T3-6',
    type: 'problem',
    level: 'heuristic',
    defaultSeverity: 'warning',
    editions: both,
    docs: {
      description: { zh: '本年上年结转 = 上一年度结转下年度', en: "This year's carried over equals last year's carried forward" },
      url: docsUrl('carried-over-continuity'),
    },
    messages: {
      broken: {
        zh: '{{year}} 年“{{column}}”列上年结转为 {{actual}}，{{previousYear}} 年报告结转下年度为 {{expected}}',
        en: '{{year}} column `{{column}}`: carried over {{actual}}, expected {{expected}} (carried forward in the {{previousYear}} report)',
      },
    },
    options: v.object({
      /** `all` compares the seven columns; `total` only 总计. */
      columns: v.optional(v.picklist(['all', 'total']), 'all'),
    }),
  },
  checkSeries(series, context) {
    const pairs = consecutivePairs(series)
    if (pairs.length === 0) context.unassessable('meta.reportYear')
    const columns = context.options.columns === 'total' ? ['total'] : columnKeys
    for (const [previous, current] of pairs) {
      for (const column of columns) {
        const expected = context.cell(previous, `applications.carriedForward.${column}`)
        const actual = context.cell(current, `applications.carriedOver.${column}`)
        if (expected === undefined || actual === undefined || expected === actual) continue
        const previousYear = series[previous]!.report.meta.reportYear!
        const year = series[current]!.report.meta.reportYear!
        context.report({
          entry: current,
          messageId: 'broken',
          keys: [`applications.carriedOver.${column}`],
          data: { year, previousYear, column: columnLabel(column), expected, actual },
          expected: `${expected}`,
          actual: `${actual}`,
        })
      }
    }
  },
})
