import { defineRule } from '@zfxxgk/core'
import { both, docsUrl } from '../../lib/docs.js'
import { compact, locate, sentences, shorten } from '../../lib/text.js'

const statisticsPeriod = /统计(?:期限|时限|期间|时段|区间|周期)[^。]*?(\d{4})\s*年/

// A year is a run of exactly four digits before 年: a whole run of digits is matched and its
// length checked, which finds the same years as `(?<!\d)\d{4}\s*年` without a look-behind.
const yearsAndAsides = /《[^》]*》|〔\d{4}〕|[（(][^）)]*[）)]|(\d+)\s*年/g

/** The most frequent `YYYY年` of a text, leaving out years inside 《titles》, 〔citations〕 and (notes). */
export function dominantYear(text: string): { year: number; count: number; counts: Map<number, number> } | null {
  const counts = new Map<number, number>()
  // One pass: bracketed parts match as a whole (and are skipped), so their years are not counted.
  yearsAndAsides.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = yearsAndAsides.exec(text))) {
    const digits = match[1]
    if (digits === undefined || digits.length !== 4) continue
    const year = Number(digits)
    counts.set(year, (counts.get(year) ?? 0) + 1)
  }
  let best: { year: number; count: number } | null = null
  for (const [year, count] of counts) if (!best || count > best.count) best = { year, count }
  return best ? { ...best, counts } : null
}

/** S8: the title year, the statistics period, the overview and the publication date agree with the report year. */
export const yearsAgree = defineRule({
  meta: {
    id: 'years-agree',
    spec: 'S8',
    type: 'problem',
    level: 'heuristic',
    defaultSeverity: 'warning',
    editions: both,
    docs: {
      description: { zh: '标题、统计期限、正文与发布日期的年份与报告年度一致', en: 'Title, statistics period, overview and publication date agree with the report year' },
      url: docsUrl('years-agree'),
    },
    messages: {
      titleYear: { zh: '标题年份 {{actual}} 与报告年度 {{year}} 不一致', en: 'Unexpected year {{actual}} in the title, expected the report year {{year}}' },
      periodYear: { zh: '统计期限年份 {{actual}} 与报告年度 {{year}} 不一致（“{{quote}}”）', en: 'Unexpected statistics-period year {{actual}}, expected {{year}} (“{{quote}}”)' },
      overviewYear: {
        zh: '第一部分最常提到的年份是 {{actual}}（{{count}} 次），而报告年度为 {{year}}（{{yearCount}} 次）',
        en: 'Section 一 mostly speaks of {{actual}} ({{count}} times), not of the report year {{year}} ({{yearCount}} times)',
      },
      publicationYear: {
        zh: '发布日期 {{date}} 不在报告年度 {{year}} 的次年',
        en: 'Unexpected publication date {{date}}, expected a date in {{next}} (the year after the report year {{year}})',
      },
    },
  },
  check(report, context) {
    const year = report.meta.reportYear
    if (year === null) {
      context.unassessable('meta.reportYear')
      return
    }
    const { title, publicationDate } = report.meta
    const titleYear = title ? /(\d{4})\s*年/.exec(compact(title))?.[1] : undefined
    if (titleYear && Number(titleYear) !== year) {
      context.report({ messageId: 'titleYear', keys: ['meta.title', 'meta.reportYear'], data: { year, actual: titleYear }, expected: `${year}`, actual: titleYear })
    }
    const overview = report.overview ?? ''
    for (const sentence of overview.includes('统计') ? sentences(overview) : []) {
      // The pattern opens with 统计: a plain search rules out most sentences more cheaply.
      const match = sentence.includes('统计') ? statisticsPeriod.exec(sentence) : null
      if (!match) continue
      if (Number(match[1]) !== year) {
        const quote = shorten(sentence)
        context.report({ messageId: 'periodYear', keys: ['overview', 'meta.reportYear'], data: { year, actual: match[1]!, quote }, expected: `${year}`, actual: match[1]!, location: locate(context.document, quote) })
      }
      break
    }
    const dominant = dominantYear(overview)
    const yearCount = dominant?.counts.get(year) ?? 0
    if (dominant && dominant.year !== year && dominant.count >= 2 && dominant.count > yearCount) {
      context.report({ messageId: 'overviewYear', keys: ['overview', 'meta.reportYear'], data: { year, actual: dominant.year, count: dominant.count, yearCount }, expected: `${year}`, actual: `${dominant.year}` })
    }
    if (publicationDate) {
      const published = Number(publicationDate.slice(0, 4))
      const ok = published === year + 1 || (published === year && publicationDate.endsWith('-12-31'))
      if (!ok) context.report({ messageId: 'publicationYear', keys: ['meta.publicationDate', 'meta.reportYear'], data: { year, next: year + 1, date: publicationDate }, expected: `${year + 1}`, actual: publicationDate })
    }
  },
})
