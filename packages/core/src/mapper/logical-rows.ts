import type { Table, TableCell } from '../document/types.js'
import { isValueLike } from '../text/cell-value.js'

/** A row as the report means it: its label cells, then its value cells. */
export interface LogicalRow {
  labels: TableCell[]
  values: TableCell[]
  table: Table
}

const isBlank = (cell: TableCell) => blankText.test(cell.text)
const blankText = /^(?:\s|&nbsp;|\u00a0|\u3000)*$/

/**
 * Whether the table's physical rows can be trusted as rows. Grids can; text renderings can when
 * most rows hold several cells (tab-separated rows, Markdown). A one-cell-per-line rendering
 * (seeds 002, 003, 004) cannot: its rows are re-formed from the cell stream at each label.
 */
export function hasReliableRows(table: Table): boolean {
  if (table.layout === 'grid') return true
  let filled = 0
  let multi = 0
  for (const row of table.rows) {
    const n = row.filter((cell) => !isBlank(cell)).length
    if (n > 0) filled++
    if (n > 1) multi++
  }
  return filled > 0 && multi / filled > 0.5
}

/**
 * Splits a table into logical rows, anchored on labels: a text cell after values starts a new
 * row; blank cells between labels are fillers of merged label cells and are dropped.
 */
export function logicalRows(table: Table): LogicalRow[] {
  const reliable = hasReliableRows(table)
  const out: LogicalRow[] = []
  let labels: TableCell[] = []
  let values: TableCell[] = []
  let filled = false
  const flush = () => {
    if (labels.length > 0 || filled) out.push({ labels, values, table })
    labels = []
    values = []
    filled = false
  }
  for (const row of table.rows) {
    for (const cell of row) {
      const blank = isBlank(cell)
      if (blank || isValueLike(cell.text)) {
        if (!reliable && blank) continue
        values.push(cell)
        if (!blank) filled = true
      } else {
        if (filled) flush()
        else values = []
        labels.push(cell)
      }
    }
    if (reliable) flush()
  }
  flush()
  return out
}

export { isBlank }
