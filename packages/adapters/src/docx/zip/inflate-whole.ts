import { inflateSync } from 'fflate'

/** Deflate's densest encoding: one bit per 258-byte match, so at most ~1032 output bytes per input byte. */
const maxDeflateRatio = 1032

/**
 * Whether an entry may be inflated in one call into a buffer of its declared size. The work is
 * then bounded by what the compressed bytes could at most produce, not by a running count, so it
 * is allowed only while that worst case costs no more than the streaming reader already accepts
 * (one part of the largest permitted size, or one of its slices), and only for a declared size
 * the bytes could actually produce (no large buffer reserved for a lie).
 */
export function fitsWholeInflate(compressedLength: number, declaredSize: number, maxSize: number, sliceLength: number): boolean {
  const worstCase = compressedLength * maxDeflateRatio
  return declaredSize <= worstCase && worstCase <= Math.max(maxSize, sliceLength * maxDeflateRatio)
}

/**
 * Inflates a whole entry into one buffer of its declared size (plus one spare byte): the usual,
 * honest case, with no intermediate buffers to grow and copy. Returns undefined for anything else (damaged
 * data, more or fewer bytes than declared), which the streaming reader then reads again to
 * report precisely. Output past the buffer's end is dropped by the typed array, so memory stays
 * at the declared size whatever the data holds.
 */
export function inflateWhole(data: Uint8Array, declaredSize: number): Uint8Array | undefined {
  // One spare byte: filling it means the data holds more than it declares.
  const out = new Uint8Array(declaredSize + 1)
  try {
    const inflated = inflateSync(data, { out })
    return inflated.length === declaredSize ? inflated : undefined
  } catch {
    return undefined
  }
}
