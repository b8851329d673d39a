import type { TableCell } from '../document/types.js'
import { reportParse, type ParseFindingExtras } from '../diagnostics/parse-report-message.js'
import type { Destination, RowTarget } from './assign-row.js'
import { cellFacts } from './cell-facts.js'
import { cellWriter } from './cell-writer.js'

/** A row whose values cannot be placed on its columns: too few (D-T1) or too many. */
export function reportMisaligned(target: RowTarget, kind: 'ambiguous' | 'tooMany', found: readonly TableCell[], { report, sourceMap, sink, tally }: Destination): void {
  const { columns } = target
  const n = columns.length
  const keys: string[] = []
  const location = target.labelCell?.location ?? target.values[0]?.location
  let allZero = kind === 'ambiguous'
  for (let i = 0; i < found.length && allZero; i++) allZero = cellFacts(found[i]!.text).value.value === 0
  const value = allZero ? 0 : null
  const write = cellWriter(report)
  for (let i = 0; i < n; i++) {
    const column = columns[i]!
    keys.push(column.key)
    write(column, value)
    const raw = found[i]?.text ?? ''
    // One literal per case: a property added later would cost each source a second allocation.
    sourceMap[column.key] = location ? { raw, location, status: 'ambiguous' } : { raw, status: 'ambiguous' }
  }
  tally.read += n
  const extras: ParseFindingExtras = { keys, expected: `${n}`, actual: `${found.length}` }
  if (location) extras.location = location
  if (kind === 'tooMany') {
    extras.data = { label: rowLabel(target), expected: n, found: found.length }
    return reportParse(sink, 'tooManyValues', extras)
  }
  const resolution = allZero
    ? sink.lang === 'zh' ? '该行数值均为 0，按 0 填入' : 'all values are 0, so the row is read as zeros'
    : sink.lang === 'zh' ? '该行按空值处理，相关勾稽关系不予核对' : 'the row is read as empty and its totals are not checked'
  extras.data = { label: rowLabel(target), expected: n, found: found.length, resolution }
  reportParse(sink, 'alignmentAmbiguous', extras)
}

/** The row's name in messages. */
function rowLabel(target: RowTarget): string {
  return target.label ?? target.labelCell?.text.trim() ?? ''
}
