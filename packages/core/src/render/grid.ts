/** A cell of a rendered table where it starts, with its spans (the official layout). */
export interface RenderCell {
  text: string
  colSpan?: number
  rowSpan?: number
  /** Header cells (column labels, captions) render as `<th>`. */
  header?: boolean
}

export interface RenderTable {
  rows: RenderCell[][]
}

/**
 * The table as a full grid of texts for renderings without spans (Markdown, tab-text): a
 * spanned cell's text stays in its first slot and the slots it covers are empty, which is how
 * merged cells come out of Word and portals, and how the text adapters read them.
 */
export function expandGrid(table: RenderTable): string[][] {
  const grid: Array<Array<string | undefined>> = []
  table.rows.forEach((row, y) => {
    grid[y] ??= []
    let x = 0
    for (const cell of row) {
      while (grid[y]![x] !== undefined) x++
      for (let dy = 0; dy < (cell.rowSpan ?? 1); dy++) {
        for (let dx = 0; dx < (cell.colSpan ?? 1); dx++) (grid[y + dy] ??= [])[x + dx] = dx === 0 && dy === 0 ? cell.text : ''
      }
      x += cell.colSpan ?? 1
    }
  })
  const width = Math.max(...grid.map((row) => row.length))
  return grid.map((row) => Array.from({ length: width }, (_, x) => row[x] ?? ''))
}
