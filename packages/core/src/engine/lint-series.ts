import type { Diagnostic, Lang } from '../diagnostics/types.js'
import { readCell } from './cells.js'
import { isSeriesRule } from './define.js'
import { resolveConfig } from './resolve-config.js'
import { startRuleRun } from './run-rule.js'
import type { Config, LintResult, RuleResults, SeriesContext, SeriesEntry, SeriesRule } from './types.js'

export interface LintSeriesOptions {
  config: Config
  lang?: Lang
}

/**
 * Runs the configured series rules over one agency's reports of several years. Entries are
 * sorted by report year first; entries without a year are left out of the comparison and make
 * the rules that need them not assessable (key `meta.reportYear`). A rule none of whose editions
 * occurs in the series is skipped.
 */
export function lintSeries(entries: readonly SeriesEntry[], options: LintSeriesOptions): LintResult {
  const { rules } = resolveConfig(options.config)
  const lang = options.lang ?? 'zh'
  const dated = entries.filter((entry) => typeof entry.report.meta.reportYear === 'number')
  const series = [...dated].sort((a, b) => a.report.meta.reportYear! - b.report.meta.reportYear!)
  const diagnostics: Diagnostic[] = []
  const results: RuleResults = { passed: [], failed: [], notAssessable: [], skipped: [] }
  for (const resolved of rules) {
    if (!isSeriesRule(resolved.rule)) continue
    const { editions } = resolved.rule.meta
    if (!entries.some((entry) => editions.includes(entry.report.edition))) {
      results.skipped.push(resolved.ruleId)
      continue
    }
    const run = startRuleRun(resolved, lang)
    if (dated.length < entries.length) run.unassessable('meta.reportYear')
    const context: SeriesContext = {
      id: resolved.ruleId,
      options: resolved.options,
      lang,
      report: (descriptor) => {
        const { entry, ...rest } = descriptor
        run.report(rest, series[entry]?.sourceMap)
      },
      unassessable: (keys) => run.unassessable(keys),
      cell(entry, key) {
        const item = series[entry]
        const value = item ? readCell(item.report, item.sourceMap, key) : undefined
        if (value === undefined) run.unassessable(item ? `${item.report.meta.reportYear}:${key}` : key)
        return value
      },
    }
    try {
      ;(resolved.rule as SeriesRule).checkSeries(series, context)
    } catch (error) {
      run.fail(error)
    }
    run.finish(results, diagnostics)
  }
  return { diagnostics, results }
}
