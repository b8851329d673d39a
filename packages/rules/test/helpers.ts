import { cellKeys, emptyReport, lintReport, setPath, type Edition, type LintReportOptions, type LintResult, type Report, type Rule } from '@zfxxgk/core'

/** A report of the edition with every cell 0, then the given cells (and any other paths) set. */
export function filledReport(edition: Edition, values: Record<string, unknown> = {}): Report {
  const report = emptyReport(edition) as unknown as Record<string, unknown>
  for (const key of cellKeys(edition)) setPath(report, key, 0)
  for (const [key, value] of Object.entries(values)) setPath(report, key, value)
  return report as unknown as Report
}

/** Runs one rule, under the test namespace `zfxxgk`, at its default severity. */
export function lintWith(
  rule: Rule,
  report: Report,
  options: Omit<LintReportOptions, 'config'> & { ruleOptions?: unknown } = {},
): LintResult {
  const { ruleOptions, ...rest } = options
  const level = rule.meta.defaultSeverity === 'warning' ? 'warn' : rule.meta.defaultSeverity
  const setting = ruleOptions === undefined ? level : ([level, ruleOptions] as [typeof level, unknown])
  const plugin = { meta: { name: '@zfxxgk/rules', namespace: 'zfxxgk' }, rules: { [rule.meta.id]: rule } }
  return lintReport(report, { ...rest, config: [{ plugins: { zfxxgk: plugin }, rules: { [`zfxxgk/${rule.meta.id}`]: setting } }] })
}

/** `passed` / `failed` / `notAssessable` / `skipped` for the single rule run. */
export function outcome(result: LintResult): 'passed' | 'failed' | 'notAssessable' | 'skipped' {
  const { results } = result
  if (results.failed.length) return 'failed'
  if (results.notAssessable.length) return 'notAssessable'
  if (results.skipped.length) return 'skipped'
  return 'passed'
}
