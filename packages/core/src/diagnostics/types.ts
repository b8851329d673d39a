import type { SourceLocation } from '../document/location.js'

export type Severity = 'error' | 'warning' | 'info'

/** Languages of messages; Chinese is the default. */
export type Lang = 'zh' | 'en'

/** A message in both languages, with `{{placeholders}}`. */
export interface LocalizedText {
  zh: string
  en: string
}

/** Where one model key came from, attached to diagnostics that name keys. */
export interface KeySource {
  key: string
  raw: string
  location?: SourceLocation
}

/**
 * A finding about a document. Plain data (JSON-safe, structured-clone-safe), with field names
 * shared by vfile-message and ESLint so that other tools map it easily.
 */
export interface Diagnostic {
  /** `parse/<id>` for the parser's own findings, `<namespace>/<rule>` for rules. */
  ruleId: string
  severity: Severity
  messageId: string
  /** The message in the requested language. */
  message: string
  data?: Record<string, string | number | null>
  /** Model keys involved, as dot paths. */
  keys?: string[]
  /** The primary location. */
  location?: SourceLocation
  /** The source of every key named in `keys`, in the same order, where known. */
  sources?: KeySource[]
  expected?: string
  actual?: string
  /** `@zfxxgk/core`, `@zfxxgk/adapters/html`, `@zfxxgk/rules` … */
  source: string
  /** Documentation of the rule. */
  url?: string
  /** The document could not be read at all. */
  fatal?: boolean
}
