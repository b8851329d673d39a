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
  const { text, ...rest } = input
  const diagnostic: Diagnostic = { ...rest, message: interpolate(text[lang], input.data), source }
  for (const key of Object.keys(diagnostic) as Array<keyof Diagnostic>) {
    if (diagnostic[key] === undefined) delete diagnostic[key]
  }
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
