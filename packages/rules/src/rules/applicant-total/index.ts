import { applicationRowsOf, defineRule } from '@zfxxgk/core'
import { perEdition } from '../../lib/keys.js'
import { columnKeys, field, otherHandlingRows, partColumns, usesSingleOtherRow } from '../../lib/applications.js'
import { both, docsUrl } from '../../lib/docs.js'
import { sum } from '../../lib/sum.js'

/** Per row: the six part keys and the total key, built once per edition. */
const rowSums = perEdition((edition) => {
  const rows = applicationRowsOf(edition).map((row) => ({ key: row.key, label: row.label, derived: false }))
  if (edition === '2021') rows.push({ key: 'results.otherHandling.total', label: '（六）其他处理', derived: true })
  return rows.map((row) => {
    const partKeys = partColumns.map((column) => `applications.${row.key}.${column}`)
    const totalKey = `applications.${row.key}.total`
    return { key: row.key, label: row.label, derived: row.derived, partKeys, totalKey, keys: Object.freeze([...partKeys, totalKey]) }
  })
})

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
    // A 2021 table with 2019's single （六） row has no three items to check (T3-5 does not ask for them either).
    const single = usesSingleOtherRow(report, context.sourceMap)
    for (const { key, label, derived, partKeys, totalKey, keys } of rowSums(report.edition)) {
      if (single && key.startsWith('results.otherHandling.') && !derived) continue
      // The derived （六） row of 2021 is checked only where it holds values; it is not a row of the template.
      if (derived) {
        const row = field(otherHandlingRows(report), 'total')
        if (!columnKeys.every((column) => typeof field(row, column) === 'number')) continue
      }
      const values = context.cells(keys)
      if (!values) continue
      const total = values.pop()!
      const expected = sum(values)
      if (expected !== total) {
        context.report({ messageId: 'mismatch', keys: [totalKey, ...partKeys], data: { row: label, expected, actual: total }, expected: `${expected}`, actual: `${total}` })
      }
    }
  },
})
