import type { Report } from '@zfxxgk/core'
import { filledReport } from './helpers.js'

/** A report of the given year (edition by year) with every cell 0, then the given values. */
export function yearReport(year: number, values: Record<string, unknown> = {}): { report: Report } {
  const report = filledReport(year >= 2021 ? '2021' : '2019', values)
  report.meta.reportYear = year
  return { report }
}
