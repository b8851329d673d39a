import type { SourceLocation } from './document/location.js'

/**
 * How a cell's value was obtained, where it is not simply a number read from the document:
 * blank (not filled), notApplicable (-, —, /, 无), placeholder (XX, ××), unreadable (not a number),
 * ambiguous (D-T1 alignment), missing (row absent), derived (computed, e.g. 2021 （六） total).
 */
export type CellStatus = 'blank' | 'notApplicable' | 'placeholder' | 'unreadable' | 'ambiguous' | 'missing' | 'derived'

export interface CellSource {
  /** The cell's text as written. */
  raw: string
  location?: SourceLocation
  status?: CellStatus
  /** A unit written in the cell (元, 万元 …). */
  unit?: string
}

/** Model key (dot path) → where its value came from. */
export type SourceMap = Record<string, CellSource>

/**
 * An empty source map. It has no prototype: its only keys are model keys, and a report's
 * two hundred insertions into a prototype-less record cost about half as much.
 */
export function createSourceMap(): SourceMap {
  return Object.create(null) as SourceMap
}
