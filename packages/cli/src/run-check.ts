import { countDiagnostics } from './analyze/counts.js'
import { createSeriesCollector, seriesConfig } from './analyze/series.js'
import { streamOutput } from './cli/output.js'
import { reporters } from './format/index.js'
import type { FormatName } from './format/index.js'
import { addToTotals, emptyTotals } from './format/totals.js'
import type { Totals } from './format/totals.js'
import { runBatch, settingsOf } from './run-batch.js'
import type { RunOptions } from './run-batch.js'
import type { FileResult } from './types.js'
import { version } from './version.js'

export interface RunCheckOptions extends RunOptions {
  format?: FormatName
  /** Show errors only. The exit code still counts warnings for `maxWarnings`. */
  quiet?: boolean
  maxWarnings?: number
  /** Colour for `stylish` (default: when the output is a terminal and `NO_COLOR` is unset). */
  color?: boolean
  /**
   * Also compare each agency's reports of consecutive years (cross-year rules, at the `strict`
   * preset's levels unless the config or `rules` set them). Their findings follow the per-file
   * results, one more result per later report. Keeps every report's model until the end of the run.
   */
  series?: boolean
}

export interface RunCheckResult {
  /** 0: no errors; 1: errors, or more warnings than `maxWarnings`. (2 is thrown as `UsageError`.) */
  exitCode: 0 | 1
  totals: Totals
  maxWarningsExceeded: boolean
}

export function errorsOnly(result: FileResult): FileResult {
  const diagnostics = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')
  return { ...result, diagnostics, ...countDiagnostics(diagnostics) }
}

/**
 * `zfxxgk check`: analyses every input and writes the findings as they arrive, in input order.
 * Throws `UsageError` for bad inputs or configuration (the CLI exits 2).
 */
export async function runCheck(options: RunCheckOptions): Promise<RunCheckResult> {
  const output = options.output ?? streamOutput(process.stdout, false)
  const lang = options.lang ?? 'zh'
  const color = options.color ?? (output.isTTY && !process.env.NO_COLOR)
  const reporter = reporters[options.format ?? 'stylish']({ lang, color, toolVersion: version })
  const totals = emptyTotals()
  const shown = emptyTotals()
  const settings = settingsOf(options, false, options.series === true)
  const series = options.series ? createSeriesCollector(await seriesConfig(settings), lang) : null
  // Files with problems, remembered only for cross-year findings about files already shown.
  const hadProblems = { all: new Set<string>(), shown: new Set<string>() }
  const report = async (result: FileResult, again: boolean) => {
    const visible = options.quiet ? errorsOnly(result) : result
    addToTotals(totals, result, again ? { hadProblems: hadProblems.all.has(result.filePath) } : undefined)
    addToTotals(shown, visible, again ? { hadProblems: hadProblems.shown.has(result.filePath) } : undefined)
    if (series && result.diagnostics.length > 0) hadProblems.all.add(result.filePath)
    if (series && visible.diagnostics.length > 0) hadProblems.shown.add(result.filePath)
    await output.write(reporter.file(visible))
  }
  await output.write(reporter.start())
  for await (const { series: entry, ...result } of runBatch(options, settings)) {
    if (series && entry) series.add(result.filePath, entry)
    await report(result, false)
  }
  for (const result of series?.finish() ?? []) await report(result, true)
  const stderr = options.stderr ?? process.stderr
  if (series && series.ungrouped > 0) {
    stderr.write(
      lang === 'zh'
        ? `${series.ungrouped} 份报告缺少机关名称或年度，未做跨年度比较\n`
        : `${series.ungrouped} report${series.ungrouped === 1 ? ' without an agency name or year was' : 's without an agency name or year were'} not compared across years\n`,
    )
  }
  await output.write(reporter.end(shown))
  const maxWarningsExceeded = options.maxWarnings !== undefined && totals.warningCount > options.maxWarnings
  if (maxWarningsExceeded) {
    stderr.write(
      lang === 'zh'
        ? `警告数 ${totals.warningCount} 超过 --max-warnings ${options.maxWarnings}\n`
        : `${totals.warningCount} warnings exceed --max-warnings ${options.maxWarnings}\n`,
    )
  }
  return { exitCode: totals.errorCount > 0 || maxWarningsExceeded ? 1 : 0, totals, maxWarningsExceeded }
}
