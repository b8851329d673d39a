import { objectAt } from '../model/paths.js'
import type { ColumnSpec } from './assign-row.js'

/** Writes cells into the report: a row's object is looked up once, not once per cell. */
export function cellWriter(report: Record<string, unknown>): (column: ColumnSpec, value: number | null) => void {
  let parent: readonly string[] | null = null
  let row: Record<string, unknown> = report
  return (column, value) => {
    if (column.parent !== parent) {
      parent = column.parent
      row = objectAt(report, parent)
    }
    row[column.leaf] = value
  }
}
