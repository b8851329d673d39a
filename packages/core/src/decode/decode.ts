export type Decoded =
  | { kind: 'text'; text: string; encoding: string; replaced: number }
  | { kind: 'binary'; reason: string }

const magic: ReadonlyArray<[bytes: number[], reason: string]> = [
  [[0x25, 0x50, 0x44, 0x46], 'PDF'],
  [[0x50, 0x4b, 0x03, 0x04], 'ZIP'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'OLE (Word 97-2003)'],
  [[0x89, 0x50, 0x4e, 0x47], 'PNG'],
  [[0xff, 0xd8, 0xff], 'JPEG'],
  [[0x47, 0x49, 0x46, 0x38], 'GIF'],
]

/** The encoding a byte order mark names (as TextDecoder labels it) and the mark's length. */
export function byteOrderMark(bytes: Uint8Array): { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; length: number } | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', length: 3 }
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', length: 2 }
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', length: 2 }
  return null
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b)

/** How many U+FFFD replacement characters a decoder put in place of invalid bytes. */
export function countReplacements(text: string): number {
  let n = 0
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) n++
  return n
}

/**
 * Bytes to text: a BOM decides (UTF-8, UTF-16); otherwise valid UTF-8 is UTF-8, and anything else
 * is read as GB18030 (a superset of GBK and GB2312, the encodings of Chinese government pages)
 * when that needs fewer replacements. Known binary formats and NUL-ridden bytes are not text.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const bom = byteOrderMark(bytes)
  if (bom) return decodeWith(bom.encoding, bytes.subarray(bom.length), bom.encoding.toUpperCase())
  for (const [prefix, reason] of magic) if (startsWith(bytes, prefix)) return { kind: 'binary', reason }
  const head = bytes.subarray(0, 8192)
  let controls = 0
  for (const b of head) if (b === 0 || (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b)) controls++
  if (head.length > 0 && controls / head.length > 0.02) return { kind: 'binary', reason: 'control bytes' }
  try {
    return { kind: 'text', text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8', replaced: 0 }
  } catch {
    const asUtf8 = utf8(bytes, 'UTF-8')
    const asGb = decodeWith('gb18030', bytes, 'GB18030')
    if (asGb.kind === 'text' && asUtf8.kind === 'text' && asGb.replaced <= asUtf8.replaced) return asGb
    return asUtf8
  }
}

function utf8(bytes: Uint8Array, name: string): Decoded {
  return decodeWith('utf-8', bytes, name)
}

function decodeWith(label: string, bytes: Uint8Array, name: string): Decoded {
  const text = new TextDecoder(label).decode(bytes)
  return { kind: 'text', text, encoding: name, replaced: countReplacements(text) }
}
