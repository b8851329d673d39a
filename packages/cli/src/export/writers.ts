import { exportColumns } from './columns.js'
import { csvRow, utf8Bom } from './csv.js'
import type { ExportRow } from './export-row.js'

export type ExportFormat = 'csv' | 'json' | 'jsonl'
export const exportFormats: readonly ExportFormat[] = ['csv', 'json', 'jsonl']

/** Like a `Reporter`, for export rows: text to write at the start, per row, and at the end. */
export interface RowWriter {
  start(): string
  row(row: ExportRow): string
  end(): string
}

/** `bom` applies to CSV only: JSON parsers reject a byte order mark. */
export function createRowWriter(format: ExportFormat, options: { bom?: boolean } = {}): RowWriter {
  const bom = options.bom ? utf8Bom : ''
  if (format === 'csv') {
    const columns = exportColumns()
    return { start: () => bom + csvRow(columns), row: (row) => csvRow(columns.map((column) => row[column])), end: () => '' }
  }
  if (format === 'jsonl') {
    return { start: () => '', row: (row) => `${JSON.stringify(row)}\n`, end: () => '' }
  }
  let first = true
  return {
    start: () => '[',
    row(row) {
      const text = (first ? '\n' : ',\n') + JSON.stringify(row)
      first = false
      return text
    },
    end: () => (first ? ']\n' : '\n]\n'),
  }
}
