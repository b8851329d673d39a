import type { TableCell } from '../document/types.js'
import { isBlank } from './cell-facts.js'

export type Alignment =
  | { kind: 'ok'; cells: ReadonlyArray<TableCell | null> }
  | { kind: 'ambiguous'; found: readonly TableCell[] }
  | { kind: 'tooMany'; found: readonly TableCell[] }

/**
 * Places a row's value cells (`filledCount`: how many are not blank, when known) on its N canonical columns (spec §4.2 step 6, D-T1).
 * In a grid a blank cell is a real slot, so N cells are taken as they stand, after trimming
 * blank fillers at the ends. In a text rendering blank cells may be lost spans, so only the
 * non-blank cells count. A row with fewer values than columns cannot be placed safely.
 */
export function alignValues(values: readonly TableCell[], n: number, layout: 'grid' | 'text', filledCount = -1): Alignment {
  // The common case, a full grid row: no copy, no scan.
  if (layout === 'grid' && values.length === n) return { kind: 'ok', cells: values }
  // When the caller knows every value is filled, there are no blanks to leave out.
  const filled = filledCount === values.length ? values : values.filter((cell) => !isBlank(cell))
  if (filled.length === 0) return { kind: 'ok', cells: Array.from({ length: n }, (_, i) => values[i] ?? null) }
  if (layout === 'grid') {
    let start = 0
    let end = values.length
    while (end - start > n && isBlank(values[start]!)) start++
    while (end - start > n && isBlank(values[end - 1]!)) end--
    if (end - start === n) return { kind: 'ok', cells: values.slice(start, end) }
  }
  if (filled.length === n) return { kind: 'ok', cells: filled }
  return filled.length < n ? { kind: 'ambiguous', found: filled } : { kind: 'tooMany', found: filled }
}
