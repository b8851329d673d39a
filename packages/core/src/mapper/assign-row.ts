import type { SourceLocation } from '../document/location.js'
import type { TableCell } from '../document/types.js'
import type { DiagnosticSink } from '../diagnostics/create.js'
import type { CellSource, SourceMap } from '../source-map.js'
import type { CellValue } from '../text/cell-value.js'
import { alignValues } from './align-values.js'
import { reportCell } from './cell-findings.js'
import { cellFacts } from './cell-facts.js'
import { cellWriter } from './cell-writer.js'
import { reportMisaligned } from './misaligned-row.js'

export interface ColumnSpec {
  /** Full model key of the cell, e.g. `applications.newReceived.naturalPerson`. */
  key: string
  /** The key without its last part, split at its dots; shared by the columns of one row. */
  parent: readonly string[]
  /** The key's last part: the property of the row's object. */
  leaf: string
  kind: 'count' | 'signed' | 'amount'
  /** The unit the template prints for this column, if any. */
  unit?: string
  /** Where to store a unit written in the cell (采购总金额's unit is not prescribed). */
  unitKey?: string
}

export interface RowTarget {
  /** The row's name in messages; `null` for the label cell's own text, read only if a message needs it. */
  label: string | null
  /** 二 / 三 / 四, for messages. */
  table: string
  columns: ColumnSpec[]
  labelCell: TableCell | undefined
  values: TableCell[]
  /** How many of `values` are not blank, when known. */
  filled?: number
  layout: 'grid' | 'text'
}

/** How many cells were read blank, and how many were read at all (a value, a mark, or ambiguous). */
export interface CellTally {
  blank: number
  read: number
}

/** Where a row's cells go. */
export interface Destination {
  report: Record<string, unknown>
  sourceMap: SourceMap
  sink: DiagnosticSink
  /** Kept while writing, so that no pass over the source map is needed to know it. */
  tally: CellTally
}

/** Writes one row's values into the report and the source map, reporting what is off. */
export function assignRow(target: RowTarget, destination: Destination): void {
  const { report, sourceMap, sink, tally } = destination
  const location = target.labelCell?.location ?? target.values[0]?.location
  const alignment = alignValues(target.values, target.columns.length, target.layout, target.filled)
  if (alignment.kind !== 'ok') return reportMisaligned(target, alignment.kind, alignment.found, destination)
  const { columns } = target
  const write = cellWriter(report)
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i]!
    const cell = alignment.cells[i]
    const raw = cell?.text ?? ''
    const parsed = cellFacts(raw).value
    write(column, parsed.value)
    const at = cell?.location ?? location
    sourceMap[column.key] = sourceOf(raw, at, parsed)
    if (parsed.status === 'blank') tally.blank++
    else tally.read++
    if (parsed.status !== undefined || parsed.unit !== undefined) reportCell(column, cell ?? null, raw, parsed, report, sink)
  }
}

/**
 * A cell's source, built as one literal in the common cases (a number, or a blank or a mark, with
 * a location): a property added later would cost the object a second allocation.
 */
function sourceOf(raw: string, location: SourceLocation | undefined, parsed: CellValue): CellSource {
  if (location && parsed.unit === undefined) {
    const status = parsed.status
    return status === undefined ? { raw, location } : { raw, location, status }
  }
  const source: CellSource = { raw }
  if (location) source.location = location
  if (parsed.status) source.status = parsed.status
  if (parsed.unit) source.unit = parsed.unit
  return source
}
