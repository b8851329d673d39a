import { defineRule } from '@zfxxgk/core'
import { docsUrl, only2021 } from '../../lib/docs.js'
import { locate, sentences, shorten } from '../../lib/text.js'

const feeWords = /信息处理费|收费通知|处理费/

/** S5: under the 2021 edition, section 六 reports the 信息处理费 (notices issued, amount, collected). */
export const processingFeeReported = defineRule({
  meta: {
    id: 'processing-fee-reported',
    spec: 'S5',
    type: 'problem',
    level: 'official',
    defaultSeverity: 'warning',
    editions: only2021,
    docs: {
      description: { zh: '第六部分报告信息处理费收取情况', en: 'Section 六 reports the information processing fees' },
      url: docsUrl('processing-fee-reported'),
    },
    messages: {
      feeNotReported: {
        zh: '第六部分未报告信息处理费收取情况（原文：“{{quote}}”），2021 年版格式要求报告发出收费通知的件数、总金额及实际收取的总金额',
        en: 'Section 六 does not report information processing fees (it says “{{quote}}”); the 2021 format asks for the fee notices issued, their amount and the amount collected',
      },
    },
  },
  check(report, context) {
    const text = report.otherMatters
    if (text === null) {
      context.unassessable('otherMatters')
      return
    }
    if (feeWords.test(text)) return
    const quote = shorten(sentences(text).join(' ') || text.trim(), 60)
    context.report({ messageId: 'feeNotReported', keys: ['otherMatters'], data: { quote }, actual: quote, location: locate(context.document, quote) })
  },
})
