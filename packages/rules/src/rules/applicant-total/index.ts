import { applicationRowsOf, defineRule, getPath } from '@zfxxgk/core'
import { partColumns } from '../../lib/applications.js'
import { both, docsUrl } from '../../lib/docs.js'
import { sum } from '../../lib/sum.js'

/** T3-3: in every row of table 三, 总计 is the sum of the six applicant columns. */
export const applicantTotal = defineRule({
  meta: {
    id: 'applicant-total',
    spec: 'T3-3',
    type: 'problem',
    level: 'official',
    defaultSeverity: 'error',
    editions: both,
    docs: {
      description: { zh: '表三每一行：总计 = 六类申请人之和', en: 'Each row of table 三: 总计 equals the sum of the six applicant columns' },
      url: docsUrl('applicant-total'),
    },
    messages: {
      mismatch: {
        zh: '表三“{{row}}”行总计为 {{actual}}，六类申请人之和为 {{expected}}',
        en: 'Unexpected total {{actual}} in row `{{row}}` of table 三, expected {{expected}} (the sum of the applicant columns)',
      },
    },
  },
  check(report, context) {
    const rows = applicationRowsOf(report.edition).map((row) => ({ key: row.key, label: row.label, derived: false }))
    if (report.edition === '2021') rows.push({ key: 'results.otherHandling.total', label: '（六）其他处理', derived: true })
    for (const row of rows) {
      const partKeys = partColumns.map((column) => `applications.${row.key}.${column}`)
      const totalKey = `applications.${row.key}.total`
      // The derived （六） row of 2021 is checked only where it holds values; it is not a row of the template.
      if (row.derived && ![...partKeys, totalKey].every((key) => typeof getPath(report, key) === 'number')) continue
      const values = context.cells([...partKeys, totalKey])
      if (!values) continue
      const total = values.pop()!
      const expected = sum(values)
      if (expected !== total) {
        context.report({ messageId: 'mismatch', keys: [totalKey, ...partKeys], data: { row: row.label, expected, actual: total }, expected: `${expected}`, actual: `${total}` })
      }
    }
  },
})
