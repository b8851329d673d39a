import type { Lang } from '@zfxxgk/core'
import type { FileResult } from '../types.js'
import type { Totals } from './totals.js'

export interface FormatOptions {
  /** Severity words and summary language; messages themselves come in the language of the run. */
  lang?: Lang
  color?: boolean
  /** Version written into SARIF's `tool.driver`. */
  toolVersion?: string
}

/**
 * A formatter that can write as results arrive, so a run over thousands of files keeps none of
 * them: `start`, then `file` per result in input order, then `end` with the totals.
 */
export interface Reporter {
  start(): string
  file(result: FileResult): string
  end(totals: Totals): string
}

export type ReporterFactory = (options: FormatOptions) => Reporter
