import { defineRule } from '@zfxxgk/core'
import { docsUrl, only2021 } from '../../lib/docs.js'
import { documentRows } from '../../lib/document-counts.js'
import { consecutivePairs } from '../../lib/pairs.js'

/** T2-4: 现行有效件数(Y) = 现行有效件数(Y−1) + 本年制发件数(Y) − 本年废止件数(Y), 2021 edition. */
export const inForceContinuity = defineRule({
  meta: {
    id: 'in-force-continuity',
    spec: 'T2-4',
    type: 'suggestion',
    level: 'heuristic',
    defaultSeverity: 'info',
    editions: only2021,
    docs: {
      description: { zh: '现行有效件数 = 上年现行有效 + 本年制发 − 本年废止', en: 'In force = last year in force + issued − repealed' },
      url: docsUrl('in-force-continuity'),
    },
    messages: {
      broken: {
        zh: '{{year}} 年{{row}}现行有效件数为 {{actual}}，按 {{previousYear}} 年 {{previousInForce}} + 制发 {{issued}} − 废止 {{repealed}} 应为 {{expected}}',
        en: '{{year}} {{row}}: {{actual}} in force, expected {{expected}} ({{previousYear}}: {{previousInForce}} + issued {{issued}} − repealed {{repealed}})',
      },
    },
  },
  checkSeries(series, context) {
    const pairs = consecutivePairs(series).filter(([a, b]) => series[a]!.report.edition === '2021' && series[b]!.report.edition === '2021')
    if (pairs.length === 0) context.unassessable('meta.reportYear')
    for (const [previous, current] of pairs) {
      for (const row of documentRows('2021')) {
        const base = `activeDisclosure.${row.key}`
        const previousInForce = context.cell(previous, `${base}.inForce`)
        const issued = context.cell(current, `${base}.issued`)
        const repealed = context.cell(current, `${base}.repealed`)
        const actual = context.cell(current, `${base}.inForce`)
        if (previousInForce === undefined || issued === undefined || repealed === undefined || actual === undefined) continue
        const expected = previousInForce + issued - repealed
        if (expected === actual) continue
        context.report({
          entry: current,
          messageId: 'broken',
          keys: [`${base}.inForce`, `${base}.issued`, `${base}.repealed`],
          data: { year: series[current]!.report.meta.reportYear!, previousYear: series[previous]!.report.meta.reportYear!, row: row.label, actual, expected, previousInForce, issued, repealed },
          expected: `${expected}`,
          actual: `${actual}`,
        })
      }
    }
  },
})
