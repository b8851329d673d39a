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
  // Cells are gathered in scratch arrays, counted by hand, and copied out at their length: a row
  // holds a few cells, and an array grown by push would reserve seventeen slots for each.
  const labels: TableCell[] = []
  const labelFacts: CellFacts[] = []
  const values: TableCell[] = []
  let labelCount = 0
  let valueCount = 0
  let filled = 0
  const flush = () => {
    // A row of blanks only is no row.
    if (labelCount > 0 || filled > 0) {
      out.push({ labels: copyOut(labels, labelCount), labelFacts: copyOut(labelFacts, labelCount), values: copyOut(values, valueCount), filled, table })
    }
    labelCount = 0
    valueCount = 0
    filled = 0
  }
  const rows = table.rows
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!
    const rowFacts = facts[r]!
    for (let c = 0; c < row.length; c++) {
      const cell = row[c]!
      const cellFacts = rowFacts[c]!
      const kind = cellFacts.kind
      if (kind === 'label') {
        if (filled > 0) flush()
        // Blank fillers before a label belong to no row.
        else valueCount = 0
        labels[labelCount] = cell
        labelFacts[labelCount++] = cellFacts
      } else if (kind === 'value') {
        values[valueCount++] = cell
        filled++
      } else if (reliable) {
        values[valueCount++] = cell
      }
    }
    if (reliable) flush()
  }
  flush()
  return out
}

// Shared by every row without labels or values; frozen, since no row may add to it.
const none = Object.freeze([]) as unknown as never[]

/** The first `n` items of a scratch array as an array of their own; most rows have one label, or none. */
function copyOut<T>(scratch: T[], n: number): T[] {
  if (n === 0) return none
  if (n === 1) return [scratch[0]!]
  return scratch.slice(0, n)
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
