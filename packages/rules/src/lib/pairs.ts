import type { SeriesEntry } from '@zfxxgk/core'

/** Consecutive years of a series sorted by year: `[previous index, current index]`. */
export function consecutivePairs(series: readonly SeriesEntry[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = []
  for (let i = 1; i < series.length; i++) {
    if (series[i]!.report.meta.reportYear === series[i - 1]!.report.meta.reportYear! + 1) pairs.push([i - 1, i])
  }
  return pairs
}
