import { readFile, stat } from 'node:fs/promises'
import { parseReport } from 'zfxxgk'
import type { AnalyzeSettings, FileResult } from '../types.js'
import { cliDiagnostic } from './cli-diagnostics.js'
import type { ParseConfig } from './config.js'
import { countDiagnostics } from './counts.js'
import { failedResult } from './failed-result.js'
import { reportCells, reportMeta } from './report-cells.js'

/** Larger files are not read: no annual report comes near this, and it bounds a worker's memory. */
export const maxFileBytes = 64 * 1024 * 1024

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * Reads and checks one file. Never throws: a file that cannot be read, or a parser failure,
 * becomes one fatal diagnostic of that file, so one bad file never stops a batch.
 */
export async function analyzeFile(filePath: string, settings: AnalyzeSettings, config: ParseConfig): Promise<FileResult> {
  const { lang, collectCells } = settings
  let bytes: Uint8Array
  try {
    const info = await stat(filePath)
    if (info.size > maxFileBytes) {
      return failedResult(filePath, cliDiagnostic('tooLarge', { size: info.size, limit: maxFileBytes }, lang), collectCells)
    }
    const buffer = await readFile(filePath)
    bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
  } catch (error) {
    return failedResult(filePath, cliDiagnostic('readFailed', { reason: reasonOf(error) }, lang), collectCells)
  }
  try {
    const parsed = await parseReport(bytes, { fileName: filePath, lang, config })
    const result: FileResult = {
      filePath,
      format: parsed.format ?? null,
      diagnostics: parsed.diagnostics,
      ...countDiagnostics(parsed.diagnostics),
    }
    if (parsed.ruleResults) result.ruleResults = parsed.ruleResults
    if (settings.keepReport && parsed.report) result.series = { report: parsed.report, sourceMap: parsed.sourceMap }
    if (collectCells) {
      result.meta = parsed.report ? reportMeta(parsed.report) : null
      if (parsed.report) result.cells = reportCells(parsed.report)
    }
    return result
  } catch (error) {
    return failedResult(filePath, cliDiagnostic('internalError', { reason: reasonOf(error) }, lang), collectCells)
  }
}
