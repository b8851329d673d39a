import { byteOrderMark, countReplacements } from '@zfxxgk/core'

/**
 * Bytes → text the way a browser would: a BOM wins, then a charset declared in the first
 * 1024 bytes (`<meta charset>` or `http-equiv="Content-Type"`), then UTF-8 when the bytes are
 * valid UTF-8, else GB18030 (the superset of GBK and GB2312 that Chinese portals use).
 */
export interface DecodedHtml {
  text: string
  /** The encoding actually used, as TextDecoder names it. */
  encoding: string
  /** What the page declared, if anything. */
  declared: string | null
  /** `fallback`: nothing usable declared; `mismatch`: the declaration was wrong. */
  note: 'fallback' | 'mismatch' | null
  replaced: number
}

const prescanBytes = 1024

/** WHATWG labels that mean the GBK family; GB18030 decodes all of them. */
const chineseLabels = new Set(['gbk', 'gb2312', 'gb_2312', 'gb_2312-80', 'x-gbk', 'chinese', 'csgb2312', 'csiso58gb231280', 'iso-ir-58', 'gb18030', 'hz-gb-2312'])

export function decodeHtml(bytes: Uint8Array): DecodedHtml {
  const bom = byteOrderMark(bytes)
  if (bom) return finish(decode(bytes.subarray(bom.length), bom.encoding, false)!, bom.encoding, bom.encoding, null)
  const declared = prescanCharset(bytes)
  const label = declared === null ? null : normalizeLabel(declared)
  if (label !== null && label !== 'utf-8') {
    const text = decode(bytes, label, false)
    if (text !== null) {
      // A page saved as UTF-8 that still declares GBK (or Latin-1) is common: trust valid UTF-8 with CJK in it.
      const asUtf8 = decode(bytes, 'utf-8', true)
      if (asUtf8 !== null && /[\u4e00-\u9fff]/.test(asUtf8)) return finish(asUtf8, 'utf-8', declared, 'mismatch')
      return finish(text, label, declared, null)
    }
  }
  const utf8 = decode(bytes, 'utf-8', true)
  if (utf8 !== null) return finish(utf8, 'utf-8', declared, label === null || label === 'utf-8' ? null : 'fallback')
  const gb = decode(bytes, 'gb18030', false)!
  return finish(gb, 'gb18030', declared, label === 'utf-8' ? 'mismatch' : 'fallback')
}

function finish(text: string, encoding: string, declared: string | null, note: DecodedHtml['note']): DecodedHtml {
  return { text, encoding, declared, note, replaced: countReplacements(text) }
}

function decode(bytes: Uint8Array, encoding: string, fatal: boolean): string | null {
  try {
    return decoderFor(encoding, fatal).decode(bytes)
  } catch {
    return null
  }
}

// A decoder is made once per encoding: making one costs about as much as decoding a small page.
const decoders = new Map<string, TextDecoder>()

function decoderFor(encoding: string, fatal: boolean): TextDecoder {
  const id = fatal ? `${encoding}!` : encoding
  let decoder = decoders.get(id)
  if (!decoder) {
    decoder = new TextDecoder(encoding, { fatal })
    decoders.set(id, decoder)
  }
  return decoder
}

const singleByte = new TextDecoder('windows-1252')

/** The charset named in the first `<meta>` tags that declare one (HTML §13.2.3.2, simplified). */
export function prescanCharset(bytes: Uint8Array): string | null {
  // Only ASCII matters to the prescan: a single-byte decoder reads the head in one native call.
  const head = singleByte.decode(bytes.subarray(0, prescanBytes))
  const withoutComments = head.replace(/<!--[\s\S]*?-->/g, '')
  for (const match of withoutComments.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = match[0]
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag)
    if (direct) return direct[1]!
  }
  return null
}

function normalizeLabel(label: string): string | null {
  const lower = label.trim().toLowerCase()
  if (lower === 'utf-8' || lower === 'utf8' || lower === 'unicode-1-1-utf-8' || lower.startsWith('utf-16')) return 'utf-8'
  if (chineseLabels.has(lower)) return lower === 'hz-gb-2312' ? null : 'gb18030'
  try {
    return new TextDecoder(lower).encoding
  } catch {
    return null
  }
}
