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

/** `zfxxgk export`: one row per input, written as the results arrive, in input order. */
export async function runExport(options: RunExportOptions): Promise<{ totals: Totals }> {
  const output = options.output ?? streamOutput(process.stdout, false)
  const writer = createRowWriter(options.to, { bom: options.bom })
  const totals = emptyTotals()
  await output.write(writer.start())
  for await (const result of runBatch(options, settingsOf(options, true))) {
    addToTotals(totals, result)
    await output.write(writer.row(toExportRow(result)))
  }
  await output.write(writer.end())
  return { totals }
}
