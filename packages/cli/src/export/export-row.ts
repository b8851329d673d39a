import type { FileResult } from '../types.js'

export type ExportRow = Record<string, string | number | null>

/**
 * One report as a flat row: metadata, every cell of its edition by canonical key (`null` for a
 * blank cell), and the finding counts. Keys of the other edition are absent (blank in CSV).
 */
export function toExportRow(result: FileResult): ExportRow {
  const meta = result.meta ?? null
  return {
    file: result.filePath,
    format: result.format,
    agencyName: meta?.agencyName ?? null,
    reportYear: meta?.reportYear ?? null,
    edition: meta?.edition ?? null,
    publicationDate: meta?.publicationDate ?? null,
    ...result.cells,
    errors: result.errorCount,
    warnings: result.warningCount,
    infos: result.infoCount,
    fatal: result.fatalErrorCount,
  }
}
