import type { Table, TableCell } from '../document/types.js'
import { cellKind, type CellKind } from './cell-kind.js'

/** A row as the report means it: its label cells, then its value cells. */
export interface LogicalRow {
  labels: TableCell[]
  values: TableCell[]
  /** How many of `values` are not blank. */
  filled: number
  table: Table
}

/**
 * Splits a table into logical rows, anchored on labels: a text cell after values starts a new
 * row; blank cells between labels are fillers of merged label cells and are dropped.
 */
export function logicalRows(table: Table): LogicalRow[] {
  // Each cell is classified once, in row order; both passes below read this list.
  const kinds = kindsOf(table)
  const reliable = table.layout === 'grid' || reliableByCounts(table, kinds)
  const out: LogicalRow[] = []
  let labels: TableCell[] = []
  let values: TableCell[] = []
  let filled = 0
  const flush = () => {
    if (labels.length > 0 || filled > 0) out.push({ labels, values, filled, table })
    labels = []
    values = []
    filled = 0
  }
  let k = 0
  for (const row of table.rows) {
    for (const cell of row) {
      const kind = kinds[k++]
      if (kind === 'label') {
        if (filled > 0) flush()
        else values = []
        labels.push(cell)
      } else if (kind === 'value') {
        values.push(cell)
        filled++
      } else if (reliable) {
        values.push(cell)
      }
    }
    if (reliable) flush()
  }
  flush()
  return out
}

function kindsOf(table: Table): CellKind[] {
  const kinds: CellKind[] = []
  for (const row of table.rows) for (const cell of row) kinds.push(cellKind(cell.text))
  return kinds
}

/**
 * Whether a text table's physical rows can be trusted as rows (grids always can): they can when
 * most rows that hold anything hold several cells (tab-separated rows, Markdown). A
 * one-cell-per-line rendering (seeds 002, 003, 004) cannot: its rows are re-formed from the cell
 * stream at each label.
 */
function reliableByCounts(table: Table, kinds: readonly CellKind[]): boolean {
  let filledRows = 0
  let multi = 0
  let k = 0
  for (const row of table.rows) {
    let n = 0
    for (let i = 0; i < row.length; i++) if (kinds[k++] !== 'blank') n++
    if (n > 0) filledRows++
    if (n > 1) multi++
  }
  return filledRows > 0 && multi / filledRows > 0.5
}
