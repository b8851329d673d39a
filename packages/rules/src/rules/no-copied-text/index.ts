import { defineRule } from '@zfxxgk/core'
import * as v from 'valibot'
import { both, docsUrl } from '../../lib/docs.js'
import { consecutivePairs } from '../../lib/pairs.js'
import { compact, textKeys } from '../../lib/text.js'

/** The text of a report without numbers, years and whitespace: what stays when a report is copied. */
export function comparableText(report: { overview: string | null; problemsImprovements: string | null; otherMatters: string | null }): string {
  return textKeys.map((key) => compact(report[key] ?? '')).join('').replace(/[0-9０-９〇一二三四五六七八九十百千]+/g, '#')
}

/** Dice coefficient of character bigrams (as multisets): 1 for identical texts, 0 for disjoint ones. */
export function similarity(a: string, b: string): number {
  if (a.length < 2 || b.length < 2) return a === b ? 1 : 0
  const counts = new Map<string, number>()
  for (let i = 0; i < a.length - 1; i++) {
    const gram = a.slice(i, i + 2)
    counts.set(gram, (counts.get(gram) ?? 0) + 1)
  }
  let shared = 0
  for (let i = 0; i < b.length - 1; i++) {
    const gram = b.slice(i, i + 2)
    const left = counts.get(gram) ?? 0
    if (left > 0) {
      shared++
      counts.set(gram, left - 1)
    }
  }
  return (2 * shared) / (a.length - 1 + b.length - 1)
}

/** S12: a report is not a near-copy of the same agency's report of the year before (内容雷同). */
export const noCopiedText = defineRule({
  meta: {
    id: 'no-copied-text',
    spec: 'S12',
    type: 'problem',
    level: 'heuristic',
    defaultSeverity: 'warning',
    editions: both,
    docs: {
      description: { zh: '报告正文不与上一年度报告雷同', en: "The text is not a near-copy of last year's report" },
      url: docsUrl('no-copied-text'),
    },
    messages: {
      nearCopy: {
        zh: '{{year}} 年报告正文与 {{previousYear}} 年报告的相似度为 {{percent}}%（不计数字与年份），内容雷同',
        en: 'The {{year}} text is {{percent}}% similar to the {{previousYear}} report (numbers and years aside): a near-copy',
      },
    },
    options: v.object({
      /** Similarity (0–1) from which two years' texts count as copies. */
      threshold: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1)), 0.9),
      /** Texts shorter than this (characters) are too short to judge. */
      minLength: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)), 200),
    }),
  },
  checkSeries(series, context) {
    const pairs = consecutivePairs(series)
    if (pairs.length === 0) context.unassessable('meta.reportYear')
    for (const [previous, current] of pairs) {
      const a = comparableText(series[previous]!.report)
      const b = comparableText(series[current]!.report)
      if (a.length < context.options.minLength || b.length < context.options.minLength) {
        context.unassessable(`${series[current]!.report.meta.reportYear}:overview`)
        continue
      }
      const score = similarity(a, b)
      if (score < context.options.threshold) continue
      const percent = Math.round(score * 1000) / 10
      context.report({
        entry: current,
        messageId: 'nearCopy',
        keys: ['overview', 'problemsImprovements', 'otherMatters'],
        data: { year: series[current]!.report.meta.reportYear!, previousYear: series[previous]!.report.meta.reportYear!, percent },
        expected: `< ${Math.round(context.options.threshold * 100)}%`,
        actual: `${percent}%`,
      })
    }
  },
})
