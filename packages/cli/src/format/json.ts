import type { Diagnostic, RuleResults, SourceLocation } from '@zfxxgk/core'
import type { FileResult } from '../types.js'
import { placeOf, placeText } from './place.js'
import type { FormatOptions, Reporter } from './reporter.js'

/** ESLint's `LintMessage` field names (severity 2 error, 1 warning, 0 info) plus the lossless extras. */
export interface JsonMessage {
  ruleId: string
  severity: 0 | 1 | 2
  level: Diagnostic['severity']
  message: string
  messageId: string
  line?: number
  column?: number
  endLine?: number
  endColumn?: number
  fatal?: boolean
  /** `12:3`, `T2 R5 C4`, `P7`, as printed by `stylish`. */
  place?: string
  location?: SourceLocation
  keys?: string[]
  expected?: string
  actual?: string
  data?: Diagnostic['data']
  sources?: Diagnostic['sources']
  source: string
  url?: string
}

/** ESLint's `LintResult` field names plus `infoCount` and the detected `format`. */
export interface JsonResult {
  filePath: string
  format: string | null
  messages: JsonMessage[]
  errorCount: number
  warningCount: number
  infoCount: number
  fatalErrorCount: number
  /** Rule ids by outcome (passed, failed, notAssessable, skipped), when a report was built. */
  ruleResults?: RuleResults
}

const severityNumber = { error: 2, warning: 1, info: 0 } as const

export function toJsonMessage(diagnostic: Diagnostic): JsonMessage {
  const { start, end } = placeOf(diagnostic) ?? {}
  const message: JsonMessage = {
    ruleId: diagnostic.ruleId,
    severity: severityNumber[diagnostic.severity],
    level: diagnostic.severity,
    message: diagnostic.message,
    messageId: diagnostic.messageId,
    line: start?.line,
    column: start?.column,
    endLine: end?.line,
    endColumn: end?.column,
    fatal: diagnostic.fatal,
    place: placeOf(diagnostic) ? placeText(diagnostic) : undefined,
    location: diagnostic.location,
    keys: diagnostic.keys,
    expected: diagnostic.expected,
    actual: diagnostic.actual,
    data: diagnostic.data,
    sources: diagnostic.sources,
    source: diagnostic.source,
    url: diagnostic.url,
  }
  for (const key of Object.keys(message) as Array<keyof JsonMessage>) {
    if (message[key] === undefined) delete message[key]
  }
  return message
}

export function toJsonResult(result: FileResult): JsonResult {
  return {
    filePath: result.filePath,
    format: result.format,
    messages: result.diagnostics.map(toJsonMessage),
    errorCount: result.errorCount,
    warningCount: result.warningCount,
    infoCount: result.infoCount,
    fatalErrorCount: result.fatalErrorCount,
    ...(result.ruleResults ? { ruleResults: result.ruleResults } : {}),
  }
}

/** A JSON array written one file at a time. */
export function jsonReporter(_options: FormatOptions = {}): Reporter {
  let first = true
  return {
    start: () => '[',
    file(result) {
      const text = (first ? '\n' : ',\n') + JSON.stringify(toJsonResult(result))
      first = false
      return text
    },
    end: () => (first ? ']\n' : '\n]\n'),
  }
}

export function formatJson(results: readonly FileResult[]): string {
  return `${JSON.stringify(results.map(toJsonResult), null, 2)}\n`
}
