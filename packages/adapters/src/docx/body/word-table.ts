/** A table row as WordprocessingML declares it, before the grid is resolved. */
export interface WordRow {
  cells: WordCell[]
  /** `w:gridBefore` / `w:gridAfter`: grid columns left empty before and after the row's cells. */
  gridBefore: number
  gridAfter: number
  /** `w:trPr/w:del`: a row deleted with tracked changes on. */
  deleted: boolean
  /** `w:tblHeader`: a header row repeated on each page. */
  header: boolean
}

export interface WordCell {
  /** The text of each paragraph of the cell. */
  paragraphs: string[]
  gridSpan: number
  vMerge?: 'restart' | 'continue'
  hMerge?: 'restart' | 'continue'
  /** How many tables nested in the cell were read into its text. */
  nestedTables: number
}

export function newRow(): WordRow {
  return { cells: [], gridBefore: 0, gridAfter: 0, deleted: false, header: false }
}

export function newCell(): WordCell {
  return { paragraphs: [], gridSpan: 1, nestedTables: 0 }
}

export function cellText(cell: WordCell): string {
  return cell.paragraphs.join('\n')
}

/** A nested table as text: one line per row, cells separated by tabs. */
export function tableAsText(rows: readonly WordRow[]): string {
  return rows
    .filter((row) => !row.deleted)
    .map((row) => row.cells.map((cell) => cell.paragraphs.join(' ')).join('\t'))
    .join('\n')
}
