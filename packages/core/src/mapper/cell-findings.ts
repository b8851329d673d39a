import type { TableCell } from '../document/types.js'
import type { DiagnosticSink } from '../diagnostics/create.js'
import { reportParse } from '../diagnostics/parse-report-message.js'
import { setPath } from '../model/paths.js'
import type { CellValue } from '../text/cell-value.js'
import type { ColumnSpec } from './assign-row.js'

const countUnits = new Set(['件', '条', '个', '项', '次', '起'])

/** What a cell read as other than a plain count says: unreadable, a placeholder, not applicable, a unit. */
export function reportCell(column: ColumnSpec, cell: TableCell | null, raw: string, parsed: CellValue, report: Record<string, unknown>, sink: DiagnosticSink): void {
  const at = { keys: [column.key], ...(cell ? { location: cell.location } : {}) }
  if (parsed.status === 'unreadable') reportParse(sink, 'cellUnreadable', { ...at, data: { raw }, expected: 'number', actual: raw })
  if (parsed.status === 'placeholder') reportParse(sink, 'cellPlaceholder', { ...at, data: { raw }, actual: raw })
  if (parsed.status === 'notApplicable') reportParse(sink, 'cellNotApplicable', { ...at, data: { raw }, actual: raw })
  if (parsed.unit) {
    if (column.unitKey) setPath(report, column.unitKey, parsed.unit)
    else if (column.unit ? parsed.unit !== column.unit : !countUnits.has(parsed.unit)) {
      const expected = column.unit ?? (sink.lang === 'zh' ? '件数' : 'a count')
      reportParse(sink, 'unitUnexpected', { ...at, data: { raw, unit: parsed.unit, expected }, expected, actual: parsed.unit })
    }
  }
}
