import { defineRule, reviewLitigationKeys } from '@zfxxgk/core'
import { both, docsUrl } from '../../lib/docs.js'

/** T4-4: the 15 cells of table 四 are whole numbers ≥ 0. */
export const reviewLitigationNonNegative = defineRule({
  meta: {
    id: 'review-litigation-non-negative',
    spec: 'T4-4',
    type: 'problem',
    level: 'official',
    defaultSeverity: 'error',
    editions: both,
    docs: {
      description: { zh: '表四 15 个单元格为非负整数', en: 'The 15 cells of table 四 are whole numbers ≥ 0' },
      url: docsUrl('review-litigation-non-negative'),
    },
    messages: {
      invalid: {
        zh: '表四单元格 {{key}} 为 {{actual}}，应为非负整数',
        en: 'Unexpected {{actual}} in `{{key}}` of table 四, expected a whole number ≥ 0',
      },
    },
  },
  check(_report, context) {
    for (const key of reviewLitigationKeys) {
      const value = context.cell(key)
      if (value === undefined || (Number.isInteger(value) && value >= 0)) continue
      context.report({ messageId: 'invalid', keys: [key], data: { key, actual: value }, expected: '≥ 0, integer', actual: `${value}` })
    }
  },
})
