import type { Output } from './cli/output.js'
import { streamOutput } from './cli/output.js'
import { toExportRow } from './export/export-row.js'
import { createRowWriter } from './export/writers.js'
import type { ExportFormat } from './export/writers.js'
import { addToTotals, emptyTotals } from './format/totals.js'
import type { Totals } from './format/totals.js'
import type { RunOptions } from './run-batch.js'
import { runBatch, settingsOf } from './run-batch.js'

export interface RunExportOptions extends RunOptions {
  to: ExportFormat
  /** Start CSV output with a UTF-8 byte order mark (Excel needs it to read Chinese). */
  bom?: boolean
  output?: Output
}

export interface RunExportResult {
  totals: Totals
  /** Files from which no report could be built: their rows hold only the file and the counts. */
  unreadable: number
}

/**
 * `zfxxgk export`: one row per input, written as the results arrive, in input order; a line on
 * stderr says how many rows were written and how many files gave no report.
 */
export async function runExport(options: RunExportOptions): Promise<RunExportResult> {
  const output = options.output ?? streamOutput(process.stdout, false)
  const writer = createRowWriter(options.to, { bom: options.bom })
  const totals = emptyTotals()
  let unreadable = 0
  await output.write(writer.start())
  for await (const result of runBatch(options, settingsOf(options, true))) {
    addToTotals(totals, result)
    if (!result.meta) unreadable++
    await output.write(writer.row(toExportRow(result)))
  }
  await output.write(writer.end())
  const stderr = options.stderr ?? process.stderr
  stderr.write(
    options.lang === 'en'
      ? `Exported ${totals.files} row${totals.files === 1 ? '' : 's'}; ${unreadable} file${unreadable === 1 ? '' : 's'} gave no report\n`
      : `已导出 ${totals.files} 行，其中 ${unreadable} 个文件未能读出报告\n`,
  )
  return { totals, unreadable }
}
