import { defineRule } from '@zfxxgk/core'
import { columnKeys, columnLabel, field, otherHandlingRows, resultItemRows, usesSingleOtherRow } from '../../lib/applications.js'
import { both, docsUrl } from '../../lib/docs.js'
import { perEdition } from '../../lib/keys.js'
import { sum } from '../../lib/sum.js'

const otherItems = ['overdueCorrection', 'unpaidFee', 'other']

/** Per column: the item keys then the total key, built once per edition. */
function sumsOf(rows: string[]) {
  return columnKeys.map((column) => {
    const itemKeys = rows.map((row) => `applications.${row}.${column}`)
    const totalKey = `applications.results.total.${column}`
    return { column, itemKeys, totalKey, keys: Object.freeze([...itemKeys, totalKey]) }
  })
}
const columnSums = perEdition((edition) => sumsOf(resultItemRows(edition)))
// A 2021 table with 2019's single （六） row: that row stands for the three items.
const singleRowSums = sumsOf(resultItemRows('2019'))
const otherHandlingSums = columnKeys.map((column) => ({
  column,
  totalKey: `applications.results.otherHandling.total.${column}`,
  keys: otherItems.map((item) => `applications.results.otherHandling.${item}.${column}`),
}))

/** T3-2: （七）总计 is the sum of the result rows, column by column. */
export const applicationsResultsTotal = defineRule({
  meta: {
    id: 'applications-results-total',
    spec: 'T3-2',
    type: 'problem',
    level: 'official',
    defaultSeverity: 'error',
    editions: both,
    docs: {
      description: { zh: '表三：办理结果（七）总计 = （一）至（六）各项之和', en: 'Table 三: results （七）总计 equals the sum of （一）–（六）' },
      url: docsUrl('applications-results-total'),
    },
    messages: {
      mismatch: {
        zh: '表三“{{column}}”列（七）总计为 {{actual}}，（一）至（六）各项之和为 {{expected}}',
        en: 'Unexpected results total {{actual}} in column `{{column}}` of table 三, expected {{expected}} (the sum of （一）–（六）)',
      },
      otherHandlingMismatch: {
        zh: '表三“{{column}}”列（六）其他处理合计为 {{actual}}，三个小项之和为 {{expected}}',
        en: 'Unexpected （六） total {{actual}} in column `{{column}}`, expected {{expected}} (the sum of its three items)',
      },
    },
  },
  check(report, context) {
    const single = usesSingleOtherRow(report, context.sourceMap)
    for (const { column, itemKeys, totalKey, keys } of single ? singleRowSums : columnSums(report.edition)) {
      const values = context.cells(keys)
      if (!values) continue
      const total = values.pop()!
      const expected = sum(values)
      if (expected !== total) {
        context.report({ messageId: 'mismatch', keys: [totalKey, ...itemKeys], data: { column: columnLabel(column), expected, actual: total }, expected: `${expected}`, actual: `${total}` })
      }
    }
    if (report.edition === '2021' && !single) checkOtherHandling(report, context)
  },
})

// 2021 keeps a derived （六） total beside its three items; when it was read from the document
// rather than derived, it must still be their sum.
function checkOtherHandling(report: unknown, context: Parameters<typeof applicationsResultsTotal.check>[1]): void {
  const rows = otherHandlingRows(report)
  const totalRow = field(rows, 'total')
  const itemRows = otherItems.map((item) => field(rows, item))
  for (const { column, totalKey, keys } of otherHandlingSums) {
    const total = field(totalRow, column)
    if (typeof total !== 'number') continue
    const values = itemRows.map((row) => field(row, column))
    if (!values.every((value): value is number => typeof value === 'number')) continue
    const expected = sum(values)
    if (expected !== total) {
      context.report({ messageId: 'otherHandlingMismatch', keys: [totalKey, ...keys], data: { column: columnLabel(column), expected, actual: total }, expected: `${expected}`, actual: `${total}` })
    }
  }
}
