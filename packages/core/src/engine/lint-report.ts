import type { Diagnostic } from '../diagnostics/types.js'
import type { Report } from '../model/schema.js'
import { createCellTable, unavailable } from './cell-table.js'
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
  const cells = createCellTable(report, sourceMap)
  const { values, slots } = cells
  // Per slot, the number of the last run that marked the cell unassessable: each cell is named
  // once per rule without a set of keys per rule. Made when a first cell is missing.
  let markedIn: number[] | undefined
  let runNumber = 0
  // A cell's value, or `undefined` after marking it unassessable for the current rule.
  const readSlot = (slot: number, key: string): number | undefined => {
    if (slot < 0) {
      const other = cells.readOther(key)
      if (other === undefined) run.unassessable(key)
      return other
    }
    let value = values[slot]!
    if (value !== value) value = cells.load(slot)
    if (value !== unavailable) return value
    markedIn ??= new Array(values.length).fill(0)
    if (markedIn[slot] !== runNumber) {
      markedIn[slot] = runNumber
      run.unassessableOnce(key)
    }
    return undefined
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
      const slot = slots[key] ?? -1
      const value = slot < 0 ? NaN : values[slot]!
      // The common case, a cell already read and available, without a call.
      return value === value && value !== unavailable ? value : readSlot(slot, key)
    },
    cells(keys) {
      const listSlots = cells.slotsOf(keys)
      const count = keys.length
      let out: number[] | undefined = new Array<number>(count)
      for (let i = 0; i < count; i++) {
        const slot = listSlots ? listSlots[i]! : (slots[keys[i]!] ?? -1)
        let value: number | undefined = slot < 0 ? NaN : values[slot]!
        if (value !== value || value === unavailable) value = readSlot(slot, keys[i]!)
        if (value === undefined) out = undefined
        else if (out) out[i] = value
      }
      return out
    },
  }
  for (const resolved of rules) {
    if (isSeriesRule(resolved.rule)) continue
    if (!resolved.rule.meta.editions.includes(report.edition)) {
      results.skipped.push(resolved.ruleId)
      continue
    }
    run = startRuleRun(resolved, lang)
    runNumber++
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
