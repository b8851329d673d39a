import { lintSeries, type Config, type Lang, type LintResult, type SeriesEntry } from '@zfxxgk/core'
import { strict } from './plugin.js'

export interface CheckSeriesOptions {
  /** Defaults to `strict`; only the rules that compare years run. */
  config?: Config
  lang?: Lang
}

/**
 * Checks one agency's reports of several years against each other: T3-6 (上年结转 = last year's
 * 结转下年度), T2-4 (现行有效件数 continuity), T2-9 (2019 edition 项目数量) and S12 (near-copied text).
 * Reports are ordered by `meta.reportYear`; only consecutive years are compared.
 */
export function checkSeries(reports: readonly SeriesEntry[], options: CheckSeriesOptions = {}): LintResult {
  return lintSeries(reports, { config: options.config ?? strict, lang: options.lang })
}
