import { defineRule } from '@zfxxgk/core'
import { docsUrl, only2019 } from '../../lib/docs.js'
import { documentColumnPairs } from '../../lib/document-counts.js'

const pairs = documentColumnPairs('newlyPublished', 'newlyMade')

/** T2-7: 本年新公开数量 ≤ 本年新制作数量, usually (earlier documents may be published this year). */
export const publishedWithinMade = defineRule({
  meta: {
    id: 'published-within-made',
    spec: 'T2-7',
    type: 'suggestion',
    level: 'heuristic',
    defaultSeverity: 'info',
    editions: only2019,
    docs: {
      description: { zh: '本年新公开数量不多于本年新制作数量', en: 'Newly published is at most newly made' },
      url: docsUrl('published-within-made'),
    },
    messages: {
      publishedAboveMade: {
        zh: '{{row}}本年新公开数量 {{newlyPublished}} 多于本年新制作数量 {{newlyMade}}',
        en: '{{row}}: newly published {{newlyPublished}} exceeds newly made {{newlyMade}}',
      },
    },
  },
  check(report, context) {
    for (const row of pairs(report.edition)) {
      const values = context.cells(row.keys)
      if (!values) continue
      const [newlyPublished, newlyMade] = values as [number, number]
      if (newlyPublished <= newlyMade) continue
      const keys = [...row.keys]
      context.report({ messageId: 'publishedAboveMade', keys, data: { row: row.label, newlyPublished, newlyMade }, expected: `≤ ${newlyMade}`, actual: `${newlyPublished}` })
    }
  },
})
