/** Limits that keep a hostile file from exhausting memory or time. All sizes are in bytes. */
export interface DocxLimits {
  /** Most entries the ZIP's central directory may list. A Word file has a few dozen. */
  maxEntries: number
  /** Largest declared decompressed size of all entries together (images included). */
  maxTotalSize: number
  /** Largest decompressed size of one XML part that is read (declared, and actually inflated). */
  maxPartSize: number
}

export const defaultDocxLimits: DocxLimits = {
  maxEntries: 10_000,
  maxTotalSize: 1024 * 1024 * 1024,
  maxPartSize: 128 * 1024 * 1024,
}

export interface DocxOptions {
  limits?: Partial<DocxLimits>
}

/** Merges options with the defaults; invalid limits are programming errors and throw. */
export function resolveLimits(options: DocxOptions | undefined): DocxLimits {
  const limits = { ...defaultDocxLimits, ...options?.limits }
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isFinite(value) || value <= 0) throw new RangeError(`docx limit ${name} must be a positive number, got ${String(value)}`)
  }
  return limits
}
