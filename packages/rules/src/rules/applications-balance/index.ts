import { defineRule } from '@zfxxgk/core'
import { columnKeys, columnLabel } from '../../lib/applications.js'
import { both, docsUrl } from '../../lib/docs.js'

const balances = columnKeys.map((column) => ({
  column,
  keys: Object.freeze(['newReceived', 'carriedOver', 'results.total', 'carriedForward'].map((row) => `applications.${row}.${column}`)),
}))

/** T3-1: the printed 勾稽关系 of table 三, 一 + 二 = 三（七）+ 四, in each of the seven columns. */
export const applicationsBalance = defineRule({
  meta: {
    id: 'applications-balance',
    spec: 'T3-1',
    type: 'problem',
    level: 'official',
    defaultSeverity: 'error',
    editions: both,
    docs: {
      description: { zh: '表三：本年新收 + 上年结转 = 办理结果总计 + 结转下年度', en: 'Table 三: new + carried over = results total + carried forward' },
      url: docsUrl('applications-balance'),
    },
    messages: {
      unbalanced: {
        zh: '表三“{{column}}”列不平衡：本年新收 {{newReceived}} + 上年结转 {{carriedOver}} = {{left}}，办理结果总计 {{resultsTotal}} + 结转下年度 {{carriedForward}} = {{right}}',
        en: 'Unbalanced column `{{column}}` of table 三: new {{newReceived}} + carried over {{carriedOver}} = {{left}}, expected to equal results total {{resultsTotal}} + carried forward {{carriedForward}} = {{right}}',
      },
    },
  },
  check(_report, context) {
    for (const { column, keys } of balances) {
      const values = context.cells(keys)
      if (!values) continue
      const [newReceived, carriedOver, resultsTotal, carriedForward] = values as [number, number, number, number]
      const left = newReceived + carriedOver
      const right = resultsTotal + carriedForward
      if (left === right) continue
      context.report({
        messageId: 'unbalanced',
        keys: [...keys],
        data: { column: columnLabel(column), newReceived, carriedOver, resultsTotal, carriedForward, left, right },
        expected: `${left}`,
        actual: `${right}`,
      })
    }
  },
})
