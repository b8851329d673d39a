import type { AdapterLike } from '../adapter.js'
import type { Lang } from '../diagnostics/types.js'
import type { PageMeta } from '../document/types.js'
import type { Config } from '../engine/types.js'

export interface ParseOptions {
  /** An adapter name (`tab-text`, `pipe-table`, `html`, `docx` …); sniffed from the input when absent. */
  format?: string
  /** The adapters to choose from. */
  adapters?: readonly AdapterLike[]
  /** Helps the sniffing (`report.docx`) and is named in messages. */
  fileName?: string
  /** Language of messages: `zh` (default) or `en`. */
  lang?: Lang
  /** Metadata known from outside the document: used where the document says nothing. */
  pageMeta?: PageMeta
  /** Rules to run; none when absent. The `zfxxgk` package defaults this to `recommended`. */
  config?: Config
  /** Text beyond this many bytes is not read (reported). Default 64 MiB. */
  maxBytes?: number
}

const langs: readonly Lang[] = ['zh', 'en']

/** Invalid options are programming errors: they throw, unlike anything about the document. */
export function assertOptions(options: ParseOptions): void {
  if (options === null || typeof options !== 'object') throw new TypeError('parseReport: options must be an object')
  if (options.format !== undefined && typeof options.format !== 'string') throw new TypeError('parseReport: `format` must be a string')
  if (options.adapters !== undefined && !Array.isArray(options.adapters)) throw new TypeError('parseReport: `adapters` must be an array of adapters')
  if (options.lang !== undefined && !langs.includes(options.lang)) throw new TypeError(`parseReport: \`lang\` must be one of ${langs.join(', ')}, got ${String(options.lang)}`)
  if (options.maxBytes !== undefined && !(Number.isInteger(options.maxBytes) && options.maxBytes > 0)) throw new TypeError('parseReport: `maxBytes` must be a positive integer')
}
