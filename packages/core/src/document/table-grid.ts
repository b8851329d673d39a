import type { SourceLocation } from './location.js'
import type { TableCell } from './types.js'

/** A cell as a markup format declares it, before spans are resolved. */
export interface RawCell {
  text: string
  location: SourceLocation
  /** Parsed by the adapter; invalid, missing or 0 means 1 (HTML rules). */
  colSpan?: number
  /** 0 means "to the end of the row group" (HTML `rowspan=0`). */
  rowSpan?: number
  header?: boolean
}

export interface RawRow {
  cells: RawCell[]
  /** Rows sharing a group id form a row group (`thead`/`tbody`/`tfoot`); rowspans stop at its end. */
  group?: number
}

export interface GridProblem {
  /**
   * `overlap`: two cells claim a slot (the first keeps it); `ragged`: a row ends before the
   * table's width (`col` is its first empty slot); `oversized`: spans that would make the table
   * larger than `maxSlots` were reduced to 1 (hostile input).
   */
  kind: 'overlap' | 'ragged' | 'oversized'
  row: number
  col: number
}

export interface FormedTable {
  /** Origin cells per row, each with its grid `row`/`col` (1-based) and resolved spans. */
  rows: TableCell[][]
  width: number
  problems: GridProblem[]
}

const maxColSpan = 1000
const maxRowSpan = 65534
/** Far above any real table (a report's largest has ~300 slots), low enough to bound the work. */
export const maxSlots = 1_000_000

/**
 * The HTML "forming a table" algorithm (WHATWG §4.9.12.1) over neutral rows, shared by the HTML
 * and Word adapters: places each cell at the first free slot, resolves colspan/rowspan (including
 * rowspan=0), clips rowspans at row-group ends and reports overlapping cells and ragged rows.
 */
export function formTable(rawRows: readonly RawRow[], tableIndex?: number): FormedTable {
  const occupied: boolean[][] = []
  const rows: TableCell[][] = []
  const problems: GridProblem[] = []
  const groupEnd = new Array<number>(rawRows.length)
  for (let y = rawRows.length - 1; y >= 0; y--) {
    const next = rawRows[y + 1]
    groupEnd[y] = next !== undefined && next.group === rawRows[y]!.group ? groupEnd[y + 1]! : y
  }
  let width = 0
  let slotsUsed = 0
  rawRows.forEach((raw, y) => {
    occupied[y] ??= []
    const out: TableCell[] = []
    let x = 0
    for (const cell of raw.cells) {
      while (occupied[y]![x]) x++
      let colSpan = clampSpan(cell.colSpan, 1, maxColSpan)
      let rowSpan = cell.rowSpan === 0 ? groupEnd[y]! - y + 1 : Math.min(clampSpan(cell.rowSpan, 1, maxRowSpan), groupEnd[y]! - y + 1)
      if (slotsUsed + colSpan * rowSpan > maxSlots && colSpan * rowSpan > 1) {
        problems.push({ kind: 'oversized', row: y + 1, col: x + 1 })
        colSpan = rowSpan = 1
      }
      slotsUsed += colSpan * rowSpan
      for (let dy = 0; dy < rowSpan; dy++) {
        const slots = (occupied[y + dy] ??= [])
        for (let dx = 0; dx < colSpan; dx++) {
          if (slots[x + dx]) problems.push({ kind: 'overlap', row: y + dy + 1, col: x + dx + 1 })
          slots[x + dx] = true
        }
      }
      out.push(originCell(cell, tableIndex, y + 1, x + 1, colSpan, rowSpan))
      x += colSpan
      width = Math.max(width, x)
    }
    rows.push(out)
  })
  occupied.forEach((slots, y) => {
    if (y >= rawRows.length) return
    let hole = 0
    while (hole < width && slots[hole]) hole++
    if (hole < width) problems.push({ kind: 'ragged', row: y + 1, col: hole + 1 })
  })
  return { rows, width, problems }
}

/** Built field by field: object spreads here cost more than the rest of the algorithm. */
function originCell(cell: RawCell, table: number | undefined, row: number, col: number, colSpan: number, rowSpan: number): TableCell {
  const from = cell.location
  const location: SourceLocation = {}
  if (from.start) location.start = from.start
  if (from.end) location.end = from.end
  if (from.paragraph !== undefined) location.paragraph = from.paragraph
  if (table !== undefined) location.table = table
  else if (from.table !== undefined) location.table = from.table
  location.row = row
  location.col = col
  const out: TableCell = { text: cell.text, location, colSpan, rowSpan }
  if (cell.header) out.header = true
  return out
}

function clampSpan(value: number | undefined, min: number, max: number): number {
  if (value === undefined || !Number.isFinite(value) || value < 1) return min
  return Math.min(Math.floor(value), max)
}
