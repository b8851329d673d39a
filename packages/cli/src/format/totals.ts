import type { FileResult } from '../types.js'

export interface Totals {
  files: number
  filesWithProblems: number
  errorCount: number
  warningCount: number
  infoCount: number
  fatalErrorCount: number
}

export function emptyTotals(): Totals {
  return { files: 0, filesWithProblems: 0, errorCount: 0, warningCount: 0, infoCount: 0, fatalErrorCount: 0 }
}

/**
 * Counts a result. `again` is for a second result about a file already counted (cross-year
 * findings): the file is not counted twice, and counts as having problems only if it had none.
 */
export function addToTotals(totals: Totals, result: FileResult, again?: { hadProblems: boolean }): void {
  if (!again) totals.files++
  if (result.diagnostics.length > 0 && !again?.hadProblems) totals.filesWithProblems++
  totals.errorCount += result.errorCount
  totals.warningCount += result.warningCount
  totals.infoCount += result.infoCount
  totals.fatalErrorCount += result.fatalErrorCount
}

export function totalsOf(results: Iterable<FileResult>): Totals {
  const totals = emptyTotals()
  for (const result of results) addToTotals(totals, result)
  return totals
}
