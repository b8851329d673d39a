import type { SourceLocation } from '../document/location.js'
import type { TableCell } from '../document/types.js'
import type { DiagnosticSink } from '../diagnostics/create.js'
import { reportParse, type ParseFindingExtras } from '../diagnostics/parse-report-message.js'
import { objectAt, setPath } from '../model/paths.js'
import type { CellSource, SourceMap } from '../source-map.js'
import { parseCellValue, type CellValue } from '../text/cell-value.js'
import { alignValues } from './align-values.js'
import { cellFacts } from './cell-facts.js'

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
  label: string
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

const countUnits = new Set(['件', '条', '个', '项', '次', '起'])

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
    const parsed = cell ? cellFacts(raw).value : parseCellValue(raw)
    write(column, parsed.value)
    const at = cell?.location ?? location
    sourceMap[column.key] = sourceOf(raw, at, parsed)
    if (parsed.status === 'blank') tally.blank++
    else tally.read++
    if (parsed.status !== undefined || parsed.unit !== undefined) reportCell(column, cell ?? null, raw, parsed, report, sink)
  }
}

/** A cell's source, built as one literal in the common case (a number with a location). */
function sourceOf(raw: string, location: SourceLocation | undefined, parsed: CellValue): CellSource {
  if (location && parsed.status === undefined && parsed.unit === undefined) return { raw, location }
  const source: CellSource = { raw }
  if (location) source.location = location
  if (parsed.status) source.status = parsed.status
  if (parsed.unit) source.unit = parsed.unit
  return source
}

/** Writes cells into the report: a row's object is looked up once, not once per cell. */
function cellWriter(report: Record<string, unknown>): (column: ColumnSpec, value: number | null) => void {
  let parent: readonly string[] | null = null
  let row: Record<string, unknown> = report
  return (column, value) => {
    if (column.parent !== parent) {
      parent = column.parent
      row = objectAt(report, parent)
    }
    row[column.leaf] = value
  }
}

/** A row whose values cannot be placed on its columns: too few (D-T1) or too many. */
function reportMisaligned(target: RowTarget, kind: 'ambiguous' | 'tooMany', found: readonly TableCell[], { report, sourceMap, sink, tally }: Destination): void {
  const n = target.columns.length
  const keys: string[] = []
  for (const column of target.columns) keys.push(column.key)
  const location = target.labelCell?.location ?? target.values[0]?.location
  let allZero = kind === 'ambiguous'
  for (let i = 0; i < found.length && allZero; i++) allZero = cellFacts(found[i]!.text).value.value === 0
  const write = cellWriter(report)
  target.columns.forEach((column, i) => {
    write(column, allZero ? 0 : null)
    const source: CellSource = { raw: found[i]?.text ?? '', status: 'ambiguous' }
    if (location) source.location = location
    sourceMap[column.key] = source
    tally.read++
  })
  const extras: ParseFindingExtras = { keys, expected: `${n}`, actual: `${found.length}` }
  if (location) extras.location = location
  if (kind === 'tooMany') {
    extras.data = { label: target.label, expected: n, found: found.length }
    return reportParse(sink, 'tooManyValues', extras)
  }
  const resolution = allZero
    ? sink.lang === 'zh' ? '该行数值均为 0，按 0 填入' : 'all values are 0, so the row is read as zeros'
    : sink.lang === 'zh' ? '该行按空值处理，相关勾稽关系不予核对' : 'the row is read as empty and its totals are not checked'
  extras.data = { label: target.label, expected: n, found: found.length, resolution }
  reportParse(sink, 'alignmentAmbiguous', extras)
}

function reportCell(column: ColumnSpec, cell: TableCell | null, raw: string, parsed: CellValue, report: Record<string, unknown>, sink: DiagnosticSink): void {
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
