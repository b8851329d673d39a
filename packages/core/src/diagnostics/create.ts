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
  const diagnostic: Record<string, unknown> = {}
  for (const key in input) {
    const value = input[key as keyof DiagnosticInput]
    if (value !== undefined && key !== 'text') diagnostic[key] = value
  }
  diagnostic['message'] = interpolate(input.text[lang], input.data)
  diagnostic['source'] = source
  return diagnostic as unknown as Diagnostic
}

/** Collects diagnostics in one language for one source. */
export interface DiagnosticSink {
  readonly lang: Lang
  report(input: DiagnosticInput): void
}

export function createSink(source: string, lang: Lang, into: Diagnostic[]): DiagnosticSink {
  return { lang, report: (input) => void into.push(createDiagnostic(input, source, lang)) }
}
