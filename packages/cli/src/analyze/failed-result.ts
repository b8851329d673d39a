import type { Diagnostic } from '@zfxxgk/core'
import type { FileResult } from '../types.js'
import { countDiagnostics } from './counts.js'

/** The result of a file that could not be analysed: one fatal diagnostic, no report. */
export function failedResult(filePath: string, diagnostic: Diagnostic, collectCells: boolean): FileResult {
  const result: FileResult = { filePath, format: null, diagnostics: [diagnostic], ...countDiagnostics([diagnostic]) }
  if (collectCells) result.meta = null
  return result
}
