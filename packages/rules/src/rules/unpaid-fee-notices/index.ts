import { defineRule } from '@zfxxgk/core'
import { docsUrl, only2021 } from '../../lib/docs.js'
import { locate, sentences, shorten } from '../../lib/text.js'

const key = 'applications.results.otherHandling.unpaidFee.total'
const noticesIssued = /(?:发出|出具|送达|下发)?收费通知(?:书)?\s*(\d+)\s*(?:件|份|次|个)|(\d+)\s*(?:件|份|次|个)收费通知/
const noNotices = /(?:未|没有|无)(?:发出|出具|送达|下发)?(?:过)?收费通知|收费通知\s*0\s*(?:件|份)/

/** How many 收费通知 section 六 says were issued; `null` when it does not say. */
export function noticesReported(text: string): { count: number; sentence: string } | null {
  for (const sentence of sentences(text)) {
    const match = noticesIssued.exec(sentence)
    if (match) return { count: Number(match[1] ?? match[2]), sentence }
    if (noNotices.test(sentence)) return { count: 0, sentence }
  }
  return null
}

/** T3-9: applications closed for unpaid fees (（六）2) imply fee notices that section 六 reports. */
export const unpaidFeeNotices = defineRule({
  meta: {
    id: 'unpaid-fee-notices',
    spec: 'T3-9',
    type: 'problem',
    level: 'heuristic',
    defaultSeverity: 'warning',
    editions: only2021,
    docs: {
      description: { zh: '因逾期未缴费不再处理的申请，第六部分应报告相应的收费通知', en: 'Applications closed for unpaid fees imply fee notices reported in section 六' },
      url: docsUrl('unpaid-fee-notices'),
    },
    messages: {
      notReported: {
        zh: '表三有 {{unpaid}} 件申请因逾期未缴费不再处理，但第六部分未说明发出收费通知的件数',
        en: 'Table 三 closes {{unpaid}} applications for unpaid fees, but section 六 does not say how many fee notices were issued',
      },
      fewerNotices: {
        zh: '表三有 {{unpaid}} 件申请因逾期未缴费不再处理，但第六部分只报告发出收费通知 {{notices}} 件（“{{quote}}”）',
        en: 'Table 三 closes {{unpaid}} applications for unpaid fees, but section 六 reports only {{notices}} fee notices (“{{quote}}”)',
      },
    },
  },
  check(report, context) {
    const unpaid = context.cell(key)
    if (unpaid === undefined || unpaid === 0) return
    if (report.otherMatters === null) {
      context.unassessable('otherMatters')
      return
    }
    const reported = noticesReported(report.otherMatters)
    if (!reported) {
      context.report({ messageId: 'notReported', keys: [key, 'otherMatters'], data: { unpaid }, expected: `≥ ${unpaid}` })
    } else if (reported.count < unpaid) {
      const quote = shorten(reported.sentence)
      context.report({ messageId: 'fewerNotices', keys: [key, 'otherMatters'], data: { unpaid, notices: reported.count, quote }, expected: `≥ ${unpaid}`, actual: `${reported.count}`, location: locate(context.document, quote) })
    }
  },
})
