import { defineRule } from '@zfxxgk/core'
import { docsUrl, only2019 } from '../../lib/docs.js'
import { documentColumnPairs } from '../../lib/document-counts.js'

const pairs = documentColumnPairs('totalPublished', 'newlyPublished')

/** T2-6: what was published this year is part of everything published, so 对外公开总数量 ≥ 本年新公开数量. */
export const publishedTotalCoversNew = defineRule({
  meta: {
    id: 'published-total-covers-new',
    spec: 'T2-6',
    type: 'problem',
    level: 'heuristic',
    defaultSeverity: 'warning',
    editions: only2019,
    docs: {
      description: { zh: '对外公开总数量不少于本年新公开数量', en: 'Total published is at least the number newly published this year' },
      url: docsUrl('published-total-covers-new'),
    },
    messages: {
      totalBelowNew: {
        zh: '{{row}}对外公开总数量 {{totalPublished}} 小于本年新公开数量 {{newlyPublished}}',
        en: '{{row}}: total published {{totalPublished}} is less than newly published {{newlyPublished}}',
      },
    },
  },
  check(report, context) {
    for (const row of pairs(report.edition)) {
      const values = context.cells(row.keys)
      if (!values) continue
      const [totalPublished, newlyPublished] = values as [number, number]
      if (totalPublished >= newlyPublished) continue
      const keys = [...row.keys]
      context.report({ messageId: 'totalBelowNew', keys, data: { row: row.label, totalPublished, newlyPublished }, expected: `≥ ${newlyPublished}`, actual: `${totalPublished}` })
    }
  },
})
