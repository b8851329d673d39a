import type { DocxProblem } from './problem.js'

/** What the bytes are, judged by their signature, before any parsing. */
export type Container = 'zip' | 'ole' | 'pdf' | 'html' | 'other'

const zipMagic = [0x50, 0x4b, 0x03, 0x04]
const emptyZipMagic = [0x50, 0x4b, 0x05, 0x06]
const oleMagic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

export function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b)
}

export function detectContainer(bytes: Uint8Array): Container {
  if (startsWith(bytes, zipMagic) || startsWith(bytes, emptyZipMagic)) return 'zip'
  if (startsWith(bytes, oleMagic)) return 'ole'
  const head = latin1(bytes.subarray(0, 1024))
  if (head.includes('%PDF-')) return 'pdf'
  // Word's "save as web page" and many portals' .doc downloads are HTML or MHT.
  if (/<html|<!doctype html|MIME-Version:/i.test(head)) return 'html'
  return 'other'
}

/** The diagnostic for bytes that are not a ZIP package. */
export function notZipProblem(bytes: Uint8Array, container: Exclude<Container, 'zip'>): DocxProblem {
  if (container === 'pdf') return { messageId: 'pdf-not-docx' }
  if (container === 'html') return { messageId: 'html-not-docx' }
  if (container === 'ole') return oleProblem(bytes)
  const magic = Array.from(bytes.subarray(0, 4), (b) => b.toString(16).padStart(2, '0')).join(' ')
  return { messageId: 'not-a-zip', data: { magic: magic || '(empty / 空)' }, expected: '50 4b 03 04', actual: magic }
}

/**
 * An OLE compound file: an Office file encrypted with a password (its directory names the
 * `EncryptionInfo` and `EncryptedPackage` streams), a Word 97-2003 document (`WordDocument`),
 * or another Office file. Directory entry names are UTF-16LE, so a byte search finds them.
 */
function oleProblem(bytes: Uint8Array): DocxProblem {
  if (containsUtf16(bytes, 'EncryptionInfo') || containsUtf16(bytes, 'EncryptedPackage')) return { messageId: 'encrypted' }
  if (containsUtf16(bytes, 'WordDocument')) return { messageId: 'legacy-doc' }
  return { messageId: 'ole-not-word' }
}

function containsUtf16(bytes: Uint8Array, name: string): boolean {
  const first = name.charCodeAt(0)
  outer: for (let i = 0; i + name.length * 2 <= bytes.length; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue
    for (let j = 1; j < name.length; j++) {
      if (bytes[i + 2 * j] !== name.charCodeAt(j) || bytes[i + 2 * j + 1] !== 0) continue outer
    }
    return true
  }
  return false
}

function latin1(bytes: Uint8Array): string {
  let out = ''
  for (const b of bytes) out += String.fromCharCode(b)
  return out
}
