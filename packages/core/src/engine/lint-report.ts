import type { Diagnostic } from '../diagnostics/types.js'
import type { Report } from '../model/schema.js'
import { readCell } from './cells.js'
import { isSeriesRule } from './define.js'
import { resolveConfig } from './resolve-config.js'
import { startRuleRun, type RuleRun } from './run-rule.js'
import type { LintReportOptions, LintResult, ReportRule, RuleContext, RuleResults } from './types.js'

/**
 * Runs the configured rules over one report. Every rule ends passed, failed or not assessable
 * (or skipped for another edition). Rules never throw into the caller: a rule that crashes on a
 * document gives one error diagnostic and counts as not assessable. Invalid configuration throws.
 */
export function lintReport(report: Report, options: LintReportOptions): LintResult {
  const { rules } = resolveConfig(options.config)
  const lang = options.lang ?? 'zh'
  const { sourceMap, document, parseDiagnostics, facts } = options
  const diagnostics: Diagnostic[] = []
  const results: RuleResults = { passed: [], failed: [], notAssessable: [], skipped: [] }
  // Most rules read the same cells: read each once per report.
  // (`null`: read, and not available.)
  const memo = new Map<string, number | null>()
  const read = (key: string): number | undefined => {
    const known = memo.get(key)
    if (known !== undefined) return known === null ? undefined : known
    const value = readCell(report, sourceMap, key)
    memo.set(key, value === undefined ? null : value)
    return value
  }
  // One context serves every rule in turn (rules must not keep it past `check`); only the run,
  // the id and the options change between rules.
  let run: RuleRun
  const context: { -readonly [K in keyof RuleContext]: RuleContext[K] } = {
    id: '',
    options: undefined,
    lang,
    edition: report.edition,
    sourceMap,
    parseDiagnostics,
    document,
    facts,
    report: (descriptor) => run.report(descriptor, sourceMap),
    unassessable: (keys) => run.unassessable(keys),
    status: (key) => sourceMap?.[key]?.status,
    cell(key) {
      const value = read(key)
      if (value === undefined) run.unassessable(key)
      return value
    },
    cells(keys) {
      const values: number[] = []
      let complete = true
      for (const key of keys) {
        const value = read(key)
        if (value === undefined) {
          run.unassessable(key)
          complete = false
        } else if (complete) values.push(value)
      }
      return complete ? values : undefined
    },
  }
  for (const resolved of rules) {
    if (isSeriesRule(resolved.rule)) continue
    if (!resolved.rule.meta.editions.includes(report.edition)) {
      results.skipped.push(resolved.ruleId)
      continue
    }
    run = startRuleRun(resolved, lang)
    context.id = resolved.ruleId
    context.options = resolved.options
    try {
      ;(resolved.rule as ReportRule).check(report, context)
    } catch (error) {
      run.fail(error)
    }
    run.finish(results, diagnostics)
  }
  return { diagnostics, results }
}
