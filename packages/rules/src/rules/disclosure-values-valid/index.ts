import { defineRule, disclosureRowsOf } from '@zfxxgk/core'
import { both, docsUrl } from '../../lib/docs.js'
import { perEdition } from '../../lib/keys.js'

const expectations = {
  count: { zh: '非负整数', en: 'a whole number ≥ 0', ok: (n: number) => Number.isInteger(n) && n >= 0 },
  signed: { zh: '整数（可为负）', en: 'a whole number (may be negative)', ok: (n: number) => Number.isInteger(n) },
  amount: { zh: '非负数', en: 'a number ≥ 0', ok: (n: number) => n >= 0 },
} as const

/** Every cell of table 二 with its labels and expectation, built once per edition. */
const cellsOf = perEdition((edition) =>
  disclosureRowsOf(edition).flatMap((row) =>
    row.columns.map((column) => ({ key: `activeDisclosure.${row.key}.${column.key}`, row: row.label, column: column.label, rule: expectations[column.kind] })),
  ),
)

/** T2-1: counts of table 二 are whole numbers ≥ 0, amounts ≥ 0, 2019's 本年增/减 a signed whole number. */
export const disclosureValuesValid = defineRule({
  meta: {
    id: 'disclosure-values-valid',
    spec: 'T2-1',
    type: 'problem',
    level: 'official',
    defaultSeverity: 'error',
    editions: both,
    docs: {
      description: { zh: '表二数值类型正确：件数为非负整数，金额非负，本年增/减为整数', en: 'Table 二 values have their type: counts ≥ 0 whole, amounts ≥ 0, changes whole' },
      url: docsUrl('disclosure-values-valid'),
    },
    messages: {
      invalid: {
        zh: '表二“{{row}}”的“{{column}}”为 {{actual}}，应为{{expected}}',
        en: 'Unexpected {{actual}} in `{{row}}` / `{{column}}` of table 二, expected {{expectedEn}}',
      },
    },
  },
  check(report, context) {
    for (const { key, row, column, rule } of cellsOf(report.edition)) {
      const value = context.cell(key)
      if (value === undefined || rule.ok(value)) continue
      context.report({
        messageId: 'invalid',
        keys: [key],
        data: { row, column, actual: value, expected: rule.zh, expectedEn: rule.en },
        expected: rule.en,
        actual: `${value}`,
      })
    }
  },
})
