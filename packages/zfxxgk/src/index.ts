import {
  parseReport as parseWith,
  parseReportSync as parseSyncWith,
  type Config,
  type ParseOptions,
  type ParseResult,
} from '@zfxxgk/core'
import { defaultAdapters, textAdapters } from '@zfxxgk/adapters'
import { recommended } from '@zfxxgk/rules'

export * from '@zfxxgk/core'
export { defaultAdapters, textAdapters } from '@zfxxgk/adapters'
export { default as rulesPlugin, recommended, strict, checkSeries } from '@zfxxgk/rules'

export type ReportInput = string | Uint8Array | ArrayBuffer

/** Options of `parseReport`: those of `@zfxxgk/core`, with every adapter and the `recommended` rules by default. */
export interface Options extends Omit<ParseOptions, 'config'> {
  /** Rules to run (`recommended` by default); `false` runs none. */
  config?: Config | false
}

function withDefaults(options: Options, adapters: ParseOptions['adapters']): ParseOptions {
  const { config, ...rest } = options
  return { adapters, ...rest, ...(config === false ? {} : { config: config ?? recommended }) }
}

/**
 * Reads a report in any supported format (sniffed when `format` is not given), maps it onto the
 * official model and checks it with the `recommended` rules. Never throws for a bad document.
 */
export function parseReport(input: ReportInput, options: Options = {}): Promise<ParseResult> {
  return parseWith(input, withDefaults(options, options.adapters ?? defaultAdapters))
}

/** The same, synchronously, for the text formats (tab-text, pipe-table/Markdown). */
export function parseReportSync(input: ReportInput, options: Options = {}): ParseResult {
  return parseSyncWith(input, withDefaults(options, options.adapters ?? textAdapters))
}
