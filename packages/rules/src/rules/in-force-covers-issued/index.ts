import { defineRule } from '@zfxxgk/core'
import { docsUrl, only2021 } from '../../lib/docs.js'
import { documentColumnPairs } from '../../lib/document-counts.js'

const pairs = documentColumnPairs('inForce', 'issued')

/** T2-5: documents issued this year are normally still in force, so 现行有效件数 ≥ 本年制发件数. */
export const inForceCoversIssued = defineRule({
  meta: {
    id: 'in-force-covers-issued',
    spec: 'T2-5',
    type: 'suggestion',
    level: 'heuristic',
    defaultSeverity: 'info',
    editions: only2021,
    docs: {
      description: { zh: '现行有效件数不少于本年制发件数', en: 'Documents in force are at least those issued this year' },
      url: docsUrl('in-force-covers-issued'),
    },
    messages: {
      fewerInForce: {
        zh: '{{row}}现行有效件数 {{inForce}} 少于本年制发件数 {{issued}}',
        en: '{{row}}: {{inForce}} in force, fewer than the {{issued}} issued this year',
      },
    },
  },
  check(report, context) {
    for (const row of pairs(report.edition)) {
      const values = context.cells(row.keys)
      if (!values) continue
      const [inForce, issued] = values as [number, number]
      if (inForce >= issued) continue
      const keys = [...row.keys]
      context.report({ messageId: 'fewerInForce', keys, data: { row: row.label, inForce, issued }, expected: `≥ ${issued}`, actual: `${inForce}` })
    }
  },
})
