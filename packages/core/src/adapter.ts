import type { DiagnosticInput } from './diagnostics/create.js'
import type { Lang } from './diagnostics/types.js'
import type { SourceDocument } from './document/types.js'

/** What an adapter may look at to guess whether an input is its format. */
export interface SniffSample {
  /** The first bytes of the input (all of it when it is small). */
  bytes: Uint8Array | null
  /** The decoded text, for text inputs. */
  text: string | null
  fileName?: string
}

export interface AdapterContext {
  lang: Lang
  /** Report a finding about the input; `ruleId` defaults to `<adapter>/<messageId>`. */
  report(input: Omit<DiagnosticInput, 'ruleId'> & { ruleId?: string }): void
}

/** Turns one format into the neutral document. Adapters never throw on a bad document. */
export interface Adapter {
  name: string
  /** `text` adapters receive the decoded string; `bytes` adapters receive the raw bytes. */
  input: 'text' | 'bytes'
  /** File name endings, without the dot. */
  extensions: readonly string[]
  /** 0 (not this format) … 1 (certainly this format). Must be cheap and never throw. */
  sniff(sample: SniffSample): number
  parse(input: string | Uint8Array, context: AdapterContext): SourceDocument | Promise<SourceDocument>
}

/**
 * An adapter known by name whose parser loads on first use, so that a browser bundle pays for
 * the HTML or Word parser only when such a file is read.
 */
export interface LazyAdapter extends Omit<Adapter, 'parse'> {
  load(): Promise<Adapter>
}

export type AdapterLike = Adapter | LazyAdapter

export function defineAdapter<A extends Adapter>(adapter: A): A {
  return adapter
}

export function isLazyAdapter(adapter: AdapterLike): adapter is LazyAdapter {
  return typeof (adapter as LazyAdapter).load === 'function'
}
