import type { SourceLocation } from '../document/location.js'
import type { DiagnosticInput, DiagnosticSink } from './create.js'
import { parseMessages, type ParseMessageId } from './parse-messages.js'

export interface ParseFindingExtras {
  data?: Record<string, string | number | null>
  keys?: string[]
  location?: SourceLocation
  expected?: string
  actual?: string
  fatal?: boolean
}

const kebab = (id: string) => id.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)
const ruleIds = Object.fromEntries(Object.keys(parseMessages).map((id) => [id, `parse/${kebab(id)}`])) as Record<ParseMessageId, string>

/** Reports one of the parser's own findings under `parse/<kebab-id>`. */
export function reportParse(sink: DiagnosticSink, id: ParseMessageId, extras: ParseFindingExtras = {}): void {
  const message = parseMessages[id]
  // Field by field rather than spread: spreading objects of varying shapes is slow, and a
  // report with many findings makes hundreds of these.
  const input: DiagnosticInput = { ruleId: ruleIds[id], messageId: id, text: message.text, severity: message.severity as 'error' | 'warning' | 'info' }
  if (extras.data !== undefined) input.data = extras.data
  if (extras.keys !== undefined) input.keys = extras.keys
  if (extras.location !== undefined) input.location = extras.location
  if (extras.expected !== undefined) input.expected = extras.expected
  if (extras.actual !== undefined) input.actual = extras.actual
  if (extras.fatal !== undefined) input.fatal = extras.fatal
  sink.report(input)
}
