import { defineRule } from '@zfxxgk/core'
import * as v from 'valibot'

const key = 'activeDisclosure.administrativeFees.amountWanYuan'

/** Decimals as written in the document (`0.10` has two), or of the number when the text is unknown. */
export function decimalsOf(value: number, raw: string | undefined): number {
  const written = raw?.normalize('NFKC').match(/\d+(?:\.(\d+))?/)
  if (written) return written[1]?.length ?? 0
  const text = String(value)
  return text.includes('.') ? text.split('.')[1]!.length : 0
}

/**
 * A local rule: the 2021 fee amount (万元) keeps at most `maxDecimals` decimals (保留4位小数),
 * as some provinces ask. 190.457379 万元 is a figure copied from a spreadsheet without rounding.
 */
export const feeDecimals = defineRule({
  meta: {
    id: 'fee-decimals',
    type: 'suggestion',
    level: 'heuristic',
    defaultSeverity: 'warning',
    editions: ['2021'],
    docs: {
      description: { zh: '行政事业性收费金额最多保留 4 位小数', en: 'The fee amount keeps at most 4 decimals' },
      url: 'https://github.com/zfxxgk/zfxxgk/blob/main/examples/custom-rule-plugin/README.md',
    },
    messages: {
      tooPrecise: {
        zh: '行政事业性收费金额“{{raw}}”有 {{decimals}} 位小数，本地要求最多保留 {{max}} 位',
        en: 'Unexpected {{decimals}} decimals in the fee amount `{{raw}}`, expected at most {{max}}',
      },
    },
    options: v.object({
      maxDecimals: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)), 4),
    }),
  },
  check(_report, context) {
    const value = context.cell(key)
    if (value === undefined) return
    const raw = context.sourceMap?.[key]?.raw.trim()
    const decimals = decimalsOf(value, raw)
    const max = context.options.maxDecimals
    if (decimals <= max) return
    context.report({ messageId: 'tooPrecise', keys: [key], data: { raw: raw || String(value), decimals, max }, expected: `≤ ${max}`, actual: `${decimals}` })
  },
})
