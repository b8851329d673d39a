import type { Report } from '@zfxxgk/core'
import { findQuotes, locate, shorten, type TextKey } from './text.js'
import type { RuleContext } from '@zfxxgk/core'

/** A number the text states and the table cells it should match (any one of several readings). */
export interface Claim {
  /** What the text speaks of, for the message. */
  topic: string
  pattern: RegExp
  /** Readings of the table: each a list of keys whose sum the number may equal. */
  readings: string[][]
  /** Text sections searched; all three by default. */
  sections?: readonly TextKey[]
  /** Words of which every match contains one (a cheap search before the pattern). */
  hints: readonly string[]
}

/**
 * Compares each number the text states with the table. A claim whose cells are missing makes
 * the rule not assessable; a number that matches none of the readings is reported with the
 * sentence and every reading, as real reports often quote a subset (spec T3-10 notes).
 */
export function checkClaims(report: Report, context: RuleContext<'mismatch'>, claims: readonly Claim[]): void {
  for (const claim of claims) {
    for (const { key, sentence, match } of findQuotes(report, claim.pattern, claim.sections, claim.hints)) {
      const said = Number(match[1])
      const sums: Array<{ keys: string[]; value: number }> = []
      for (const keys of claim.readings) {
        const values = context.cells(keys)
        if (values) sums.push({ keys, value: values.reduce((a, b) => a + b, 0) })
      }
      if (sums.length < claim.readings.length || sums.some((s) => s.value === said)) continue
      const quote = shorten(sentence)
      const table = sums.map((s) => s.value).join(' / ')
      context.report({
        messageId: 'mismatch',
        keys: [key, ...sums.flatMap((s) => s.keys)],
        data: { topic: claim.topic, said, table, quote },
        expected: table,
        actual: `${said}`,
        location: locate(context.document, quote),
      })
    }
  }
}

/** The common message of the narrative rules. */
export const mismatchMessage = {
  zh: '正文称{{topic}} {{said}}（“{{quote}}”），表格为 {{table}}',
  en: 'The text says {{topic}} {{said}} (“{{quote}}”), the table says {{table}}',
}
