import { isLazyAdapter, type Adapter, type AdapterContext } from '../adapter.js'
import { createDiagnostic, createSink } from '../diagnostics/create.js'
import { reportParse } from '../diagnostics/parse-report-message.js'
import type { Diagnostic } from '../diagnostics/types.js'
import type { SourceDocument } from '../document/types.js'
import { decodeBytes } from '../decode/decode.js'
import { lintReport } from '../engine/lint-report.js'
import type { RuleResults } from '../engine/types.js'
import { mapDocument } from '../mapper/map-document.js'
import type { Report } from '../model/schema.js'
import { createSourceMap, type SourceMap } from '../source-map.js'
import { chooseAdapter } from './choose-adapter.js'
import { assertOptions, type ParseOptions } from './options.js'
import { sortDiagnostics, withoutSuperseded } from './order-diagnostics.js'

export interface ParseResult {
  /** The model, or `null` when the input is not a readable report (a fatal diagnostic says why). */
  report: Report | null
  /** The parser's and the rules' findings, in document order. */
  diagnostics: Diagnostic[]
  /** Model key → the raw text and location it was read from. */
  sourceMap: SourceMap
  /** The neutral document the adapter produced. */
  document: SourceDocument | null
  /** The adapter used. */
  format: string | null
  /** Which rules passed, failed, or could not be assessed (when rules ran). */
  ruleResults?: RuleResults
}

const defaultMaxBytes = 64 * 1024 * 1024

type Input = string | Uint8Array | ArrayBuffer

/**
 * Reads a report in any supported format and returns its model with diagnostics. Never throws
 * for a bad document; throws a TypeError only for invalid options or input types.
 */
export async function parseReport(input: Input, options: ParseOptions = {}): Promise<ParseResult> {
  const prepared = prepare(input, options)
  if ('done' in prepared) return prepared.done
  const { adapter, payload, diagnostics, context } = prepared
  let loaded: Adapter
  let document: SourceDocument
  try {
    loaded = isLazyAdapter(adapter) ? await adapter.load() : adapter
    document = await loaded.parse(payload, context)
  } catch (error) {
    return failed(adapter.name, error, diagnostics, options)
  }
  return finish(document, adapter.name, diagnostics, options)
}

/** The same for adapters that read synchronously (tab-text, pipe-table, and any non-lazy adapter). */
export function parseReportSync(input: Input, options: ParseOptions = {}): ParseResult {
  const prepared = prepare(input, options)
  if ('done' in prepared) return prepared.done
  const { adapter, payload, diagnostics, context } = prepared
  if (isLazyAdapter(adapter)) throw new TypeError(`parseReportSync: the ${adapter.name} adapter loads asynchronously; use parseReport`)
  let document: SourceDocument | Promise<SourceDocument>
  try {
    document = adapter.parse(payload, context)
  } catch (error) {
    return failed(adapter.name, error, diagnostics, options)
  }
  if (document instanceof Promise) throw new TypeError(`parseReportSync: the ${adapter.name} adapter is asynchronous; use parseReport`)
  return finish(document, adapter.name, diagnostics, options)
}

function prepare(input: Input, options: ParseOptions) {
  assertOptions(options)
  if (typeof input !== 'string' && !(input instanceof Uint8Array) && !(input instanceof ArrayBuffer)) {
    throw new TypeError('parseReport: input must be a string, a Uint8Array or an ArrayBuffer')
  }
  const lang = options.lang ?? 'zh'
  const diagnostics: Diagnostic[] = []
  const sink = createSink('@zfxxgk/core', lang, diagnostics)
  const done = (format: string | null) => ({ done: { report: null, diagnostics, sourceMap: createSourceMap(), document: null, format } satisfies ParseResult })
  const maxBytes = options.maxBytes ?? defaultMaxBytes
  let bytes = typeof input === 'string' ? null : input instanceof Uint8Array ? input : new Uint8Array(input)
  let text = typeof input === 'string' ? input : null
  if ((bytes?.length ?? text!.length) === 0) {
    reportParse(sink, 'emptyInput', { fatal: true })
    return done(null)
  }
  // Bytes are decoded only as far as needed: a head for sniffing, all of it for a text adapter.
  let head: ReturnType<typeof decodeBytes> | null = null
  const headOf = (b: Uint8Array) => (head ??= decodeBytes(b.subarray(0, 65536)))
  const adapters = options.adapters ?? []
  const sampleText = text !== null ? text.slice(0, 200_000) : options.format === undefined ? textOf(headOf(bytes!)) : null
  const adapter = chooseAdapter(adapters, { bytes: bytes ? bytes.subarray(0, 65536) : null, text: sampleText, ...(options.fileName ? { fileName: options.fileName } : {}) }, options.format)
  if (!adapter) {
    const sniffed = bytes ? headOf(bytes) : null
    if (sniffed?.kind === 'binary') reportParse(sink, 'binaryInput', { data: { reason: sniffed.reason }, fatal: true })
    else reportParse(sink, 'unknownFormat', { data: { format: options.fileName ?? '?', available: adapters.map((a) => a.name).join(', ') || '—' }, fatal: true })
    return done(null)
  }
  let payload: string | Uint8Array
  if (adapter.input === 'bytes') {
    // A bytes adapter reads the charset a page declares itself; a string is passed as it is.
    payload = bytes ?? text!
  } else {
    const decoded = bytes ? decodeBytes(bytes.subarray(0, maxBytes)) : null
    if (decoded?.kind === 'binary') {
      reportParse(sink, 'binaryInput', { data: { reason: decoded.reason }, fatal: true })
      return done(adapter.name)
    }
    if (decoded) text = decoded.text
    if (decoded?.kind === 'text' && decoded.replaced > 0) reportParse(sink, 'decodeReplaced', { data: { encoding: decoded.encoding, count: decoded.replaced } })
    const size = bytes?.length ?? text!.length
    if (size > maxBytes) {
      reportParse(sink, 'inputTruncated', { data: { size: `${size} B`, limit: `${maxBytes} B` } })
      if (!bytes) text = text!.slice(0, maxBytes)
    }
    payload = text!
  }
  bytes = null
  const context: AdapterContext = {
    lang,
    report: (finding) => diagnostics.push(createDiagnostic({ ruleId: `${adapter.name}/${finding.messageId}`, ...finding }, `@zfxxgk/adapters/${adapter.name}`, lang)),
  }
  return { adapter, payload, diagnostics, context }
}

function textOf(decoded: ReturnType<typeof decodeBytes>): string | null {
  return decoded.kind === 'text' ? decoded.text : null
}

function failed(format: string, error: unknown, diagnostics: Diagnostic[], options: ParseOptions): ParseResult {
  const sink = createSink('@zfxxgk/core', options.lang ?? 'zh', diagnostics)
  reportParse(sink, 'adapterFailed', { data: { format, reason: error instanceof Error ? error.message : String(error) }, fatal: true })
  return { report: null, diagnostics, sourceMap: createSourceMap(), document: null, format }
}

function finish(document: SourceDocument, format: string, diagnostics: Diagnostic[], options: ParseOptions): ParseResult {
  // The adapter already said why the file cannot be read (encrypted, legacy .doc, zip bomb …).
  if (diagnostics.some((d) => d.fatal)) return { report: null, diagnostics: sortDiagnostics(diagnostics), sourceMap: createSourceMap(), document, format }
  const mapped = mapDocument(document, { ...(options.lang ? { lang: options.lang } : {}), ...(options.pageMeta ? { pageMeta: options.pageMeta } : {}) })
  const all = [...diagnostics, ...mapped.diagnostics]
  const result: ParseResult = { report: mapped.report, diagnostics: all, sourceMap: mapped.sourceMap, document, format }
  if (mapped.report && options.config) {
    const lint = lintReport(mapped.report, {
      config: options.config,
      sourceMap: mapped.sourceMap,
      document,
      parseDiagnostics: all,
      facts: { headings: mapped.headings },
      ...(options.lang ? { lang: options.lang } : {}),
    })
    result.diagnostics = [...withoutSuperseded(all, lint.diagnostics), ...lint.diagnostics]
    result.ruleResults = lint.results
  }
  result.diagnostics = sortDiagnostics(result.diagnostics)
  return result
}
