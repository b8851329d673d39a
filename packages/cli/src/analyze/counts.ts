import type { Diagnostic } from '@zfxxgk/core'

export interface Counts {
  errorCount: number
  warningCount: number
  infoCount: number
  fatalErrorCount: number
}

export function countDiagnostics(diagnostics: readonly Diagnostic[]): Counts {
  const counts: Counts = { errorCount: 0, warningCount: 0, infoCount: 0, fatalErrorCount: 0 }
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity === 'error') counts.errorCount++
    else if (diagnostic.severity === 'warning') counts.warningCount++
    else counts.infoCount++
    if (diagnostic.fatal) counts.fatalErrorCount++
  }
  return counts
}
