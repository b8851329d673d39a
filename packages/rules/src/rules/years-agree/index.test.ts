import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { filledReport, lintWith, outcome } from '../../../test/helpers.js'
import { dominantYear, yearsAgree } from './index.js'

const report = (meta: Record<string, unknown>, overview: string | null = null) =>
  filledReport('2021', { meta: { title: null, agencyName: null, agencyType: null, reportYear: 2021, publicationDate: null, ...meta }, overview })

describe('years-agree (S8)', () => {
  it('counts years outside titles and citations', () => {
    expect(dominantYear('2023年，我镇修订《指南(2022年版)》，依据国办公开办函〔2021〕30号。2023年完成。')).toMatchObject({ year: 2023, count: 2 })
  })

  it('counts the years the look-behind definition counts', () => {
    // The definition: a year is four digits not preceded by a digit, before 年.
    const reference = (text: string) => {
      const counts = new Map<number, number>()
      for (const match of text.matchAll(/《[^》]*》|〔\d{4}〕|[（(][^）)]*[）)]|(?<!\d)(\d{4})\s*年/g)) {
        if (match[1] !== undefined) counts.set(Number(match[1]), (counts.get(Number(match[1])) ?? 0) + 1)
      }
      return [...counts]
    }
    const pieces = ['《', '》', '〔', '〕', '（', '）', '(', ')', '2', '0', '1', '9', '年', ' ', '\u3000', '\n', '中', '2021年', '〔2021〕', '2022 年']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('')
        expect([...(dominantYear(text)?.counts ?? [])]).toEqual(reference(text))
      }),
      { numRuns: 5000 },
    )
  })

  it('passes when title, period, overview and publication agree', () => {
    const ok = report({ title: '棉洋镇人民政府2021年政府信息公开工作年度报告', publicationDate: '2022-01-10' }, '本报告统计期限自2021年1月1日起至2021年12月31日止。2021年，我镇……')
    expect(outcome(lintWith(yearsAgree, ok))).toBe('passed')
  })

  it('fails a title year, a period year, an overview year and a publication date that disagree', () => {
    const bad = report(
      { title: '某镇2020年政府信息公开工作年度报告', publicationDate: '2023-03-01' },
      '本报告统计期限自2020年1月1日起至2020年12月31日止。2020年，我镇……2020年底完成。',
    )
    const { diagnostics } = lintWith(yearsAgree, bad)
    expect(diagnostics.map((d) => [d.messageId, d.actual])).toEqual([['titleYear', '2020'], ['periodYear', '2020'], ['overviewYear', '2020'], ['publicationYear', '2023-03-01']])
    expect(diagnostics[0]!.message).toBe('标题年份 2020 与报告年度 2021 不一致')
  })

  it('accepts publication on 31 December of the report year', () => {
    expect(outcome(lintWith(yearsAgree, report({ publicationDate: '2021-12-31' })))).toBe('passed')
  })

  it('is not assessable without a report year', () => {
    expect(outcome(lintWith(yearsAgree, report({ reportYear: null })))).toBe('notAssessable')
  })
})
