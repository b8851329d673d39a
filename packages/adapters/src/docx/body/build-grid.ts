import { formTable, type RawCell, type RawRow, type Table } from '@zfxxgk/core'
import type { DocxProblem } from '../problem.js'
import { cellText, type WordCell, type WordRow } from './word-table.js'

interface PlacedCell {
  raw: RawCell
  /** The Word cell, or null for a gridBefore/gridAfter filler that is not output. */
  source: WordCell | null
}

interface OpenMerge {
  placed: PlacedCell
  span: number
}

/**
 * Turns Word rows into the shared grid: `w:gridSpan` → colSpan; a `w:vMerge` restart plus the
 * continuation cells below it in the same grid columns → rowSpan; `w:gridBefore`/`w:gridAfter`
 * → filler slots so every cell lands on its true grid column (the fillers are not output).
 */
export function buildGrid(wordRows: readonly WordRow[], tableIndex: number): { table: Table; problems: DocxProblem[] } {
  const problems: DocxProblem[] = []
  const placedRows: PlacedCell[][] = []
  let open = new Map<number, OpenMerge>()
  wordRows
    .filter((row) => !row.deleted)
    .forEach((row, y) => {
      const placed: PlacedCell[] = []
      const next = new Map<number, OpenMerge>()
      let col = Math.max(0, row.gridBefore)
      if (col > 0) placed.push(filler(col))
      for (const cell of mergeHorizontally(row.cells)) {
        const span = Math.max(1, cell.gridSpan)
        const text = cellText(cell)
        const location = { table: tableIndex, row: y + 1, col: col + 1 }
        if (cell.vMerge === 'continue') {
          const origin = open.get(col)
          if (origin && origin.span === span) {
            origin.placed.raw.rowSpan! += 1
            if (text.trim() !== '') {
              origin.placed.raw.text += `\n${text}`
              problems.push({ messageId: 'merged-cell-text', data: { text: text.trim() }, location })
            }
            next.set(col, origin)
            col += span
            continue
          }
          problems.push({
            messageId: 'invalid-vertical-merge',
            data: { reason: origin ? `span ${span} ≠ ${origin.span}` : 'no restart above / 上方无起始单元格' },
            location,
          })
        }
        const raw: RawCell = { text, location: {}, colSpan: span, rowSpan: 1 }
        if (row.header) raw.header = true
        const cellPlaced: PlacedCell = { raw, source: cell }
        if (cell.vMerge !== undefined) next.set(col, { placed: cellPlaced, span })
        placed.push(cellPlaced)
        col += span
      }
      if (row.gridAfter > 0) placed.push(filler(row.gridAfter))
      placedRows.push(placed)
      open = next
    })

  const rawRows: RawRow[] = placedRows.map((cells) => ({ cells: cells.map((c) => c.raw) }))
  const formed = formTable(rawRows, tableIndex)
  const rows = formed.rows.map((cells, y) =>
    cells.filter((cell, x) => {
      const source = placedRows[y]![x]!.source
      if (source && source.nestedTables > 0) problems.push({ messageId: 'nested-table', location: cell.location })
      return source !== null
    }),
  )
  for (const problem of formed.problems) {
    problems.push({
      messageId: problem.kind === 'overlap' ? 'cell-overlap' : 'ragged-row',
      location: { table: tableIndex, row: problem.row, col: problem.col },
    })
  }
  return { table: { kind: 'table', layout: 'grid', rows, location: { table: tableIndex } }, problems }
}

function filler(span: number): PlacedCell {
  return { raw: { text: '', location: {}, colSpan: span }, source: null }
}

/** Legacy `w:hMerge`: a continuation cell widens the cell before it. */
function mergeHorizontally(cells: readonly WordCell[]): readonly WordCell[] {
  // The cells are copied before merging (they are widened in place); most rows have none.
  if (!cells.some((cell) => cell.hMerge === 'continue')) return cells
  const out: WordCell[] = []
  for (const cell of cells) {
    const previous = out[out.length - 1]
    if (cell.hMerge === 'continue' && previous) {
      previous.gridSpan = Math.max(1, previous.gridSpan) + Math.max(1, cell.gridSpan)
      if (cellText(cell).trim() !== '') previous.paragraphs.push(...cell.paragraphs)
      continue
    }
    out.push({ ...cell, paragraphs: [...cell.paragraphs] })
  }
  return out
}
