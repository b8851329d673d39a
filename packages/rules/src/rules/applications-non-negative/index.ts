import { defineRule } from '@zfxxgk/core'
import { usesSingleOtherRow } from '../../lib/applications.js'
import { sectionKeys } from '../../lib/keys.js'
import { both, docsUrl } from '../../lib/docs.js'

/** T3-4: every cell of table 三 is a whole number ≥ 0. */
export const applicationsNonNegative = defineRule({
  meta: {
    id: 'applications-non-negative',
    spec: 'T3-4',
    type: 'problem',
    level: 'official',
    defaultSeverity: 'error',
    editions: both,
    docs: {
      description: { zh: '表三每个单元格为非负整数', en: 'Every cell of table 三 is a whole number ≥ 0' },
      url: docsUrl('applications-non-negative'),
    },
    messages: {
      invalid: {
        zh: '表三单元格 {{key}} 为 {{actual}}，应为非负整数',
        en: 'Unexpected {{actual}} in `{{key}}` of table 三, expected a whole number ≥ 0',
      },
    },
  },
  check(report, context) {
    const single = usesSingleOtherRow(report, context.sourceMap)
    for (const key of sectionKeys(report.edition).get('applications')!) {
      // A 2021 table with 2019's single （六） row has no three items.
      if (single && /^applications\.results\.otherHandling\.(?!total\.)/.test(key)) continue
      const value = context.cell(key)
      if (value === undefined || (Number.isInteger(value) && value >= 0)) continue
      context.report({ messageId: 'invalid', keys: [key], data: { key, actual: value }, expected: '≥ 0, integer', actual: `${value}` })
    }
  },
})
