import type { Diagnostic, Edition, Lang, RuleResults, SeriesEntry } from '@zfxxgk/core'

/** A rule level as written on the command line or in a config file. */
export type RuleLevel = 'off' | 'info' | 'warn' | 'error'

export type PresetName = 'recommended' | 'strict'

/** Everything a worker needs to analyse files the same way as the main thread. Structured-clone-safe. */
export interface AnalyzeSettings {
  preset: PresetName
  /** `--rule` overrides, applied after the preset and the config file. */
  rules: Record<string, RuleLevel>
  /** Absolute path of a `--config` file; each worker loads it itself (it may hold functions). */
  configFile?: string
  lang: Lang
  /** Keep the report's metadata and cell values (for `export`). */
  collectCells: boolean
  /** Keep the report and its source map, for the cross-year rules (`check --series`). */
  keepReport?: boolean
}

/** The metadata columns of an export row. */
export interface ReportMeta {
  agencyName: string | null
  reportYear: number | null
  edition: Edition | null
  publicationDate: string | null
}

/** What the CLI keeps of one analysed file: plain data, so it crosses worker boundaries. */
export interface FileResult {
  filePath: string
  /** The adapter that read the file (`tab-text`, `html`, `docx` …), `null` when none could. */
  format: string | null
  diagnostics: Diagnostic[]
  errorCount: number
  warningCount: number
  infoCount: number
  fatalErrorCount: number
  /** Which rules passed, failed, could not be assessed or were skipped (absent when no report was built). */
  ruleResults?: RuleResults
  /** Present when cells were collected: `null` when no report could be built. */
  meta?: ReportMeta | null
  /** Cell values by canonical key (`export` only). */
  cells?: Record<string, number | string | null>
  /** The report and its source map (`check --series` only; taken off before output). */
  series?: SeriesEntry
}
