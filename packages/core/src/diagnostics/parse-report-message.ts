import type { SourceLocation } from '../document/location.js'
import type { DiagnosticSink } from './create.js'
import type { Severity } from './types.js'
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
  // Named fields rather than a spread: spreading objects of varying shapes is slow, and a report
  // with many findings makes hundreds of these. Absent fields are left out by createDiagnostic.
  const { data, keys, location, expected, actual, fatal } = extras
  sink.report({ ruleId: ruleIds[id], messageId: id, text: message.text, severity: message.severity as Severity, data, keys, location, expected, actual, fatal })
}
