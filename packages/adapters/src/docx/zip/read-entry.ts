import { Inflate } from 'fflate'
import { haltedProblem, haltWith, type DocxProblem } from '../problem.js'
import { tooLarge, type ZipEntry } from './central-directory.js'
import { fitsWholeInflate, inflateWhole } from './inflate-whole.js'

const localSignature = 0x04034b50
/**
 * Compressed bytes pushed to the inflater at a time. Deflate expands at most ~1032×, so one push
 * yields at most ~16 MB before the running total is checked again.
 */
const sliceLength = 16 * 1024

/**
 * Inflates one entry, handing each decompressed chunk to `onChunk` as it comes, and stops as soon
 * as the output passes the declared size or `maxSize`: memory stays bounded whatever the archive
 * claims. Returns the problem that stopped it, or undefined. A halt thrown by `onChunk` is returned
 * as its problem.
 */
export function readEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  maxSize: number,
  onChunk: (chunk: Uint8Array, final: boolean) => void,
): DocxProblem | undefined {
  const part = entry.name
  if (entry.flags & 1) return { messageId: 'encrypted' }
  if (entry.size > maxSize) return tooLarge(entry.size, part, maxSize)
  const data = locateData(bytes, entry)
  if ('messageId' in data) return data
  try {
    if (entry.method === 0) {
      if (data.length !== entry.size) return { messageId: 'truncated', data: { reason: `${part}: stored size differs / 存储大小不符` } }
      onChunk(data, true)
      return undefined
    }
    if (entry.method !== 8) return { messageId: 'unsupported-compression', data: { part, method: entry.method } }
    if (fitsWholeInflate(data.length, entry.size, maxSize, sliceLength)) {
      const whole = inflateWhole(data, entry.size)
      if (whole) {
        onChunk(whole, true)
        return undefined
      }
    }
    return inflateBounded(data, entry, maxSize, onChunk)
  } catch (error) {
    const problem = haltedProblem(error)
    if (problem) return problem
    throw error
  }
}

function inflateBounded(
  data: Uint8Array,
  entry: ZipEntry,
  maxSize: number,
  onChunk: (chunk: Uint8Array, final: boolean) => void,
): DocxProblem | undefined {
  const cap = Math.min(entry.size, maxSize)
  let produced = 0
  let ended = false
  const inflater = new Inflate((chunk, final) => {
    produced += chunk.length
    if (produced > cap) {
      haltWith({
        messageId: 'inflated-too-large',
        data: { part: entry.name, limit: cap, declared: entry.size },
        expected: `≤ ${cap}`,
        actual: `> ${cap}`,
      })
    }
    ended = final
    onChunk(chunk, final)
  })
  try {
    for (let at = 0; at < data.length; at += sliceLength) {
      const end = Math.min(at + sliceLength, data.length)
      inflater.push(data.subarray(at, end), end === data.length)
    }
    if (data.length === 0) inflater.push(data, true)
  } catch (error) {
    if (haltedProblem(error)) throw error
    return { messageId: 'truncated', data: { reason: `${entry.name}: ${error instanceof Error ? error.message : String(error)}` } }
  }
  if (!ended || produced !== entry.size) {
    return { messageId: 'truncated', data: { reason: `${entry.name}: ${produced} of ${entry.size} bytes / 仅解出 ${produced} / ${entry.size} 字节` } }
  }
  return undefined
}

function locateData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | DocxProblem {
  const at = entry.localHeaderOffset
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (at + 30 > bytes.length || view.getUint32(at, true) !== localSignature) {
    return { messageId: 'truncated', data: { reason: `${entry.name}: local header missing / 本地文件头缺失` } }
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true)
  const end = start + entry.compressedSize
  if (end > bytes.length) return { messageId: 'truncated', data: { reason: `${entry.name}: data cut off / 数据被截断` } }
  return bytes.subarray(start, end)
}
