import type { Diagnostic } from '../diagnostics/types.js'
import type { Report } from '../model/schema.js'
import { createCellTable, unavailable } from './cell-table.js'
import { isSeriesRule } from './define.js'
import { resolveConfig } from './resolve-config.js'
import { startRuleRun, type RuleRun } from './run-rule.js'
import type { Edition } from '../model/edition.js'
import type { LintReportOptions, LintResult, ReportRule, ResolvedConfig, ResolvedRule, RuleContext, RuleResults } from './types.js'

/**
 * Runs the configured rules over one report. Every rule ends passed, failed or not assessable
 * (or skipped for another edition). Rules never throw into the caller: a rule that crashes on a
 * document gives one error diagnostic and counts as not assessable. Invalid configuration throws.
 */
export function lintReport(report: Report, options: LintReportOptions): LintResult {
  const { check, skipped } = rulesFor(resolveConfig(options.config), report.edition)
  const lang = options.lang ?? 'zh'
  const { sourceMap, document, parseDiagnostics, facts } = options
  const diagnostics: Diagnostic[] = []
  const results: RuleResults = { passed: [], failed: [], notAssessable: [], skipped: [] }
  const cells = createCellTable(report, sourceMap)
  const { values, slots } = cells
  // The keys the current rule could not read, each once, in the order first marked. A cell is
  // marked through its slot: `markedIn` holds, per slot, the number of the last run that marked it.
  let missing: string[] | undefined
  const markedIn: number[] = new Array(values.length).fill(0)
  let markedOthers: Set<string> | undefined
  let runNumber = 0
  const mark = (slot: number, key: string): void => {
    if (slot >= 0) {
      if (markedIn[slot] === runNumber) return
      markedIn[slot] = runNumber
    } else {
      markedOthers ??= new Set()
      if (markedOthers.has(key)) return
      markedOthers.add(key)
    }
    ;(missing ??= []).push(key)
  }
  // What a slot holds once read (`unavailable` included); a key outside the table is read as such.
  const valueIn = (slot: number, key: string): number => {
    if (slot < 0) return cells.readOther(key) ?? unavailable
    const value = values[slot]!
    return value === value ? value : cells.load(slot)
  }
  // One context serves every rule in turn (rules must not keep it past `check`); only the run,
  // the id and the options change between rules. Most rules pass: a run is made only when a rule
  // reports something or fails.
  let resolved: ResolvedRule
  let run: RuleRun | undefined
  const context: { -readonly [K in keyof RuleContext]: RuleContext[K] } = {
    id: '',
    options: undefined,
    lang,
    edition: report.edition,
    sourceMap,
    parseDiagnostics,
    document,
    facts,
    report: (descriptor) => (run ??= startRuleRun(resolved, lang)).report(descriptor, sourceMap),
    unassessable(keys) {
      if (typeof keys === 'string') mark(slots[keys] ?? -1, keys)
      else for (const key of keys) mark(slots[key] ?? -1, key)
    },
    status: (key) => sourceMap?.[key]?.status,
    cell(key) {
      const slot = slots[key] ?? -1
      // A cell already read is taken straight from the table: rules read cells by the hundred.
      let value = slot < 0 ? NaN : values[slot]!
      if (value !== value) value = valueIn(slot, key)
      if (value !== unavailable) return value
      mark(slot, key)
      return undefined
    },
    cells(keys) {
      const listSlots = cells.slotsOf(keys)
      const count = keys.length
      let out: number[] | undefined = new Array<number>(count)
      for (let i = 0; i < count; i++) {
        const slot = listSlots ? listSlots[i]! : (slots[keys[i]!] ?? -1)
        let value = slot < 0 ? NaN : values[slot]!
        if (value !== value) value = valueIn(slot, keys[i]!)
        if (value !== unavailable) {
          if (out) out[i] = value
        } else {
          out = undefined
          // Every cell that cannot be read is named, not only the first.
          if (slot < 0 || markedIn[slot] !== runNumber) mark(slot, keys[i]!)
        }
      }
      return out
    },
  }
  results.skipped.push(...skipped)
  for (resolved of check) {
    run = undefined
    runNumber++
    missing = undefined
    markedOthers = undefined
    context.id = resolved.ruleId
    context.options = resolved.options
    try {
      ;(resolved.rule as ReportRule).check(report, context)
    } catch (error) {
      ;(run ??= startRuleRun(resolved, lang)).fail(error)
    }
    if (run === undefined && missing === undefined) results.passed.push(resolved.ruleId)
    else (run ?? startRuleRun(resolved, lang)).finish(results, diagnostics, missing)
  }
  return { diagnostics, results }
}

// The report rules of a configuration that apply to an edition, and the ids of those that do not:
// the same for every report of that edition, so found once.
const byEdition = new WeakMap<ResolvedConfig, Map<Edition, { check: ResolvedRule[]; skipped: string[] }>>()

function rulesFor(config: ResolvedConfig, edition: Edition): { check: ResolvedRule[]; skipped: string[] } {
  let editions = byEdition.get(config)
  if (!editions) byEdition.set(config, (editions = new Map()))
  let found = editions.get(edition)
  if (!found) {
    found = { check: [], skipped: [] }
    for (const resolved of config.rules) {
      if (isSeriesRule(resolved.rule)) continue
      if (resolved.rule.meta.editions.includes(edition)) found.check.push(resolved)
      else found.skipped.push(resolved.ruleId)
    }
    editions.set(edition, found)
  }
  return found
}
