import type { CellStatus, SourceMap } from '../source-map.js'

/** Whether a value under this status can be relied on: not when the cell is missing, ambiguous, unreadable or a placeholder. */
export function isTrusted(status: CellStatus | undefined): boolean {
  return status === undefined || !(status === 'missing' || status === 'ambiguous' || status === 'unreadable' || status === 'placeholder')
}

// Rules read the same few hundred keys for every report: split each dot path once.
const splitPaths = new Map<string, readonly string[]>()

function valueAt(object: unknown, key: string): unknown {
  let parts = splitPaths.get(key)
  if (!parts) {
    parts = key.split('.')
    if (splitPaths.size < 10_000) splitPaths.set(key, parts)
  }
  let current = object
  for (let i = 0; i < parts.length; i++) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<string, unknown>)[parts[i]!]
  }
  return current
}

/**
 * A cell's value when a rule can rely on it; `undefined` when it is null (blank, not applicable,
 * unreadable, missing) or the source map marks it missing, ambiguous, unreadable or a placeholder.
 */
export function readCell(report: unknown, sourceMap: Readonly<SourceMap> | undefined, key: string): number | undefined {
  const value = valueAt(report, key)
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined
  return isTrusted(sourceMap?.[key]?.status) ? value : undefined
}
