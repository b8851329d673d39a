import type { SniffSample } from '@zfxxgk/core'
import { detectContainer } from './container.js'

/**
 * A ZIP whose first entries name `word/` parts is a .docx; `[Content_Types].xml` alone could
 * be any Office package, so it counts for less, and `xl/` or `ppt/` parts rule it out.
 */
export function sniffDocx(sample: SniffSample): number {
  const bytes = sample.bytes
  if (!bytes) return 0
  const named = /\.docx$/i.test(sample.fileName ?? '')
  const container = detectContainer(bytes)
  if (container === 'ole') return named ? 0.5 : 0
  if (container !== 'zip') return 0
  const head = ascii(bytes.subarray(0, 4096))
  if (head.includes('word/')) return 0.95
  if (head.includes('xl/') || head.includes('ppt/')) return 0
  if (head.includes('[Content_Types].xml')) return named ? 0.9 : 0.6
  return named ? 0.5 : 0.1
}

/** An OLE compound file is a Word 97-2003 document, or an encrypted Office file. */
export function sniffDoc(sample: SniffSample): number {
  if (!sample.bytes || detectContainer(sample.bytes) !== 'ole') return 0
  return /\.docx$/i.test(sample.fileName ?? '') ? 0.4 : 0.8
}

function ascii(bytes: Uint8Array): string {
  let out = ''
  for (const b of bytes) out += b < 128 ? String.fromCharCode(b) : '?'
  return out
}
