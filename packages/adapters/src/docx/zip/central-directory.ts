import type { DocxLimits } from '../options.js'
import type { DocxProblem } from '../problem.js'

/** One entry of a ZIP's central directory: what it declares, before anything is inflated. */
export interface ZipEntry {
  name: string
  method: number
  flags: number
  compressedSize: number
  /** The decompressed size the archive declares; checked against the limits and while inflating. */
  size: number
  localHeaderOffset: number
}

const eocdSignature = 0x06054b50
const centralSignature = 0x02014b50
const eocdLength = 22
const maxCommentLength = 0xffff
const utf8 = new TextDecoder()

/**
 * Reads the central directory only (no inflating), so that entry count and declared sizes are
 * checked before any decompression. Returns the entries by name, or the problem that stops reading.
 */
export function readCentralDirectory(bytes: Uint8Array, limits: DocxLimits): Map<string, ZipEntry> | DocxProblem {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const eocd = findEndOfCentralDirectory(view)
  if (eocd < 0) return { messageId: 'truncated', data: { reason: 'end of central directory not found / 未找到 ZIP 目录结尾' } }
  const count = view.getUint16(eocd + 10, true)
  const directorySize = view.getUint32(eocd + 12, true)
  const directoryOffset = view.getUint32(eocd + 16, true)
  if (count === 0xffff) return tooManyEntries('≥ 65535 (ZIP64)', limits)
  if (count > limits.maxEntries) return tooManyEntries(count, limits)
  if (directoryOffset === 0xffffffff || directorySize === 0xffffffff) return tooLarge(0xffffffff, 'ZIP64', limits.maxTotalSize)
  if (directoryOffset + directorySize > eocd) {
    return { messageId: 'truncated', data: { reason: 'central directory out of bounds / ZIP 目录越界' } }
  }
  const entries = new Map<string, ZipEntry>()
  let offset = directoryOffset
  let total = 0
  for (let i = 0; i < count; i++) {
    if (offset + 46 > eocd || view.getUint32(offset, true) !== centralSignature) {
      return { messageId: 'truncated', data: { reason: `central directory entry ${i + 1} damaged / ZIP 目录第 ${i + 1} 项损坏` } }
    }
    const nameLength = view.getUint16(offset + 28, true)
    const extraLength = view.getUint16(offset + 30, true)
    const commentLength = view.getUint16(offset + 32, true)
    const entry: ZipEntry = {
      flags: view.getUint16(offset + 8, true),
      method: view.getUint16(offset + 10, true),
      compressedSize: view.getUint32(offset + 20, true),
      size: view.getUint32(offset + 24, true),
      localHeaderOffset: view.getUint32(offset + 42, true),
      name: utf8.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
    }
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) return tooLarge(0xffffffff, `${entry.name} (ZIP64)`, limits.maxTotalSize)
    total += entry.size
    if (total > limits.maxTotalSize) return tooLarge(total, 'all entries / 全部条目', limits.maxTotalSize)
    entries.set(entry.name, entry)
    offset += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - eocdLength
  const first = Math.max(0, last - maxCommentLength)
  for (let at = last; at >= first; at--) {
    if (view.getUint32(at, true) === eocdSignature) return at
  }
  return -1
}

function tooManyEntries(count: number | string, limits: DocxLimits): DocxProblem {
  return {
    messageId: 'too-many-entries',
    data: { count, limit: limits.maxEntries },
    expected: `≤ ${limits.maxEntries}`,
    actual: String(count),
  }
}

export function tooLarge(size: number, part: string, limit: number): DocxProblem {
  return { messageId: 'too-large', data: { size, part, limit }, expected: `≤ ${limit}`, actual: String(size) }
}
