import type { SourceLocation } from '../document/location.js'
import { interpolate } from './interpolate.js'
import type { Diagnostic, KeySource, Lang, LocalizedText, Severity } from './types.js'

/** What a producer (mapper, adapter, rule engine) says; the language is chosen later. */
export interface DiagnosticInput {
  ruleId: string
  messageId: string
  text: LocalizedText
  severity: Severity
  data?: Record<string, string | number | null>
  keys?: string[]
  location?: SourceLocation
  sources?: KeySource[]
  expected?: string
  actual?: string
  url?: string
  fatal?: boolean
}

export function createDiagnostic(input: DiagnosticInput, source: string, lang: Lang): Diagnostic {
  // Written out field by field, in the order of `Diagnostic`: diagnostics are made by the hundred.
  const diagnostic: Diagnostic = { ruleId: input.ruleId, severity: input.severity, messageId: input.messageId, message: interpolate(input.text[lang], input.data), source }
  if (input.data !== undefined) diagnostic.data = input.data
  if (input.keys !== undefined) diagnostic.keys = input.keys
  if (input.location !== undefined) diagnostic.location = input.location
  if (input.sources !== undefined) diagnostic.sources = input.sources
  if (input.expected !== undefined) diagnostic.expected = input.expected
  if (input.actual !== undefined) diagnostic.actual = input.actual
  if (input.url !== undefined) diagnostic.url = input.url
  if (input.fatal !== undefined) diagnostic.fatal = input.fatal
  return diagnostic
}

/** Collects diagnostics in one language for one source. */
export interface DiagnosticSink {
  readonly lang: Lang
  report(input: DiagnosticInput): void
}

export function createSink(source: string, lang: Lang, into: Diagnostic[]): DiagnosticSink {
  return { lang, report: (input) => void into.push(createDiagnostic(input, source, lang)) }
}
