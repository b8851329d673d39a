import { defineRule } from '@zfxxgk/core'
import { docsUrl, only2021 } from '../../lib/docs.js'

const key = 'activeDisclosure.administrativeFees.amountWanYuan'

/** T2-3: the 2021 fee amount is in 万元, the unit printed in the header; another unit in the cell is wrong. */
export const feeAmountUnit = defineRule({
  meta: {
    id: 'fee-amount-unit',
    spec: 'T2-3',
    type: 'problem',
    level: 'official',
    defaultSeverity: 'error',
    editions: only2021,
    docs: {
      description: { zh: '行政事业性收费金额以万元为单位', en: 'The administrative fee amount is in 万元' },
      url: docsUrl('fee-amount-unit'),
    },
    messages: {
      foreignUnit: {
        zh: '行政事业性收费金额“{{raw}}”的单位为“{{unit}}”，表头规定为万元',
        en: 'Unexpected unit `{{unit}}` in the fee amount `{{raw}}`, expected 万元 (as the header says)',
      },
    },
  },
  check(_report, context) {
    const value = context.cell(key)
    if (value === undefined) return
    // The unit is only known from the document; without a source map it cannot be judged.
    const source = context.sourceMap?.[key]
    if (!source) {
      context.unassessable(key)
      return
    }
    if (source.unit === undefined || source.unit === '万元') return
    context.report({ messageId: 'foreignUnit', keys: [key], data: { raw: source.raw, unit: source.unit }, expected: '万元', actual: source.unit })
  },
})
