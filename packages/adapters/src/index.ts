import type { Adapter, AdapterLike, LazyAdapter } from '@zfxxgk/core'
import { sniffDoc, sniffDocx } from './docx/sniff.js'
import { sniffHtml } from './html/sniff.js'
import { pipeTable } from './pipe-table/index.js'
import { tabText } from './tab-text/index.js'

export { tabText } from './tab-text/index.js'
export { pipeTable } from './pipe-table/index.js'

/** HTML, loaded on first use so that bundles which never read HTML do not carry its parser. */
export const lazyHtml: LazyAdapter = {
  name: 'html',
  input: 'bytes',
  extensions: ['html', 'htm', 'shtml', 'xhtml'],
  sniff: sniffHtml,
  load: () => import('./html/index.js').then((m): Adapter => m.html),
}

/** Word .docx, loaded on first use. */
export const lazyDocx: LazyAdapter = {
  name: 'docx',
  input: 'bytes',
  extensions: ['docx'],
  sniff: sniffDocx,
  load: () => import('./docx/index.js').then((m): Adapter => m.docx),
}

/** Legacy Word .doc: recognised so that it is answered with a clear diagnostic. */
export const lazyDoc: LazyAdapter = {
  name: 'doc',
  input: 'bytes',
  extensions: ['doc', 'wps'],
  sniff: sniffDoc,
  load: () => import('./docx/index.js').then((m): Adapter => m.doc),
}

/** The text adapters, which parse synchronously. */
export const textAdapters: readonly Adapter[] = [tabText, pipeTable]

/** Every adapter: the text ones ready, HTML and Word loaded when first needed. */
export const defaultAdapters: readonly AdapterLike[] = [tabText, pipeTable, lazyHtml, lazyDocx, lazyDoc]
