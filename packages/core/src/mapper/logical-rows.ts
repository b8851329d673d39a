import type { Table, TableCell } from '../document/types.js'
import type { CellFacts, TableFacts } from './cell-facts.js'

/** A row as the report means it: its label cells, then its value cells. */
export interface LogicalRow {
  labels: TableCell[]
  /** The facts of each label cell, parallel to `labels`. */
  labelFacts: CellFacts[]
  values: TableCell[]
  /** How many of `values` are not blank. */
  filled: number
  table: Table
}

/**
 * Splits a table into logical rows, anchored on labels: a text cell after values starts a new
 * row; blank cells between labels are fillers of merged label cells and are dropped.
 */
export function logicalRows(table: Table, facts: TableFacts): LogicalRow[] {
  const reliable = table.layout === 'grid' || reliableByCounts(facts)
  const out: LogicalRow[] = []
  let labels: TableCell[] = []
  let labelFacts: CellFacts[] = []
  let values: TableCell[] = []
  let filled = 0
  const flush = () => {
    if (labels.length > 0 || filled > 0) out.push({ labels, labelFacts, values, filled, table })
    labels = []
    labelFacts = []
    values = []
    filled = 0
  }
  table.rows.forEach((row, r) => {
    const rowFacts = facts[r]!
    row.forEach((cell, c) => {
      const kind = rowFacts[c]!.kind
      if (kind === 'label') {
        if (filled > 0) flush()
        else values = []
        labels.push(cell)
        labelFacts.push(rowFacts[c]!)
      } else if (kind === 'value') {
        values.push(cell)
        filled++
      } else if (reliable) {
        values.push(cell)
      }
    })
    if (reliable) flush()
  })
  flush()
  return out
}

/**
 * Whether a text table's physical rows can be trusted as rows (grids always can): they can when
 * most rows that hold anything hold several cells (tab-separated rows, Markdown). A
 * one-cell-per-line rendering (seeds 002, 003, 004) cannot: its rows are re-formed from the cell
 * stream at each label.
 */
function reliableByCounts(facts: TableFacts): boolean {
  let filledRows = 0
  let multi = 0
  for (const row of facts) {
    let n = 0
    for (const cell of row) if (cell.kind !== 'blank') n++
    if (n > 0) filledRows++
    if (n > 1) multi++
  }
  return filledRows > 0 && multi / filledRows > 0.5
}
