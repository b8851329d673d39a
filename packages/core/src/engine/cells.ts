import type { CellStatus, SourceMap } from '../source-map.js'

/** Statuses under which a cell's value cannot be trusted, even when the mapper filled one in. */
const untrusted: ReadonlySet<CellStatus> = new Set(['missing', 'ambiguous', 'unreadable', 'placeholder'])

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
  const status = sourceMap?.[key]?.status
  return status !== undefined && untrusted.has(status) ? undefined : value
}
