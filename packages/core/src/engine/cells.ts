import { getPath } from '../model/paths.js'
import type { CellStatus, SourceMap } from '../source-map.js'

/** Statuses under which a cell's value cannot be trusted, even when the mapper filled one in. */
const untrusted: ReadonlySet<CellStatus> = new Set(['missing', 'ambiguous', 'unreadable', 'placeholder'])

/**
 * A cell's value when a rule can rely on it; `undefined` when it is null (blank, not applicable,
 * unreadable, missing) or the source map marks it missing, ambiguous, unreadable or a placeholder.
 */
export function readCell(report: unknown, sourceMap: Readonly<SourceMap> | undefined, key: string): number | undefined {
  const value = getPath(report, key)
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined
  const status = sourceMap?.[key]?.status
  return status !== undefined && untrusted.has(status) ? undefined : value
}
