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

export function addToTotals(totals: Totals, result: FileResult): void {
  totals.files++
  if (result.diagnostics.length > 0) totals.filesWithProblems++
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
