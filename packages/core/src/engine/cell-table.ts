import type { Edition } from '../model/edition.js'
import { cellKeys } from '../model/paths.js'
import type { SourceMap } from '../source-map.js'
import { isTrusted, readCell } from './cells.js'

/**
 * Where each cell of an edition sits in a report's table of values. Cells are grouped by the
 * object that holds them (a row), so that a report's row is looked up once for its seven cells.
 */
interface CellLayout {
  // A dictionary object rather than a Map: V8 looks a key up by its interned form, which a key
  // string built once by a rule becomes after its first lookup; a Map compares the strings' text.
  slotOf: Readonly<Record<string, number>>
  keys: readonly string[]
  /** Per slot: the index of its row and its own property name in the row. */
  rowOf: Int32Array
  leaves: readonly string[]
  rowPaths: readonly (readonly string[])[]
}

const layouts = new Map<string, CellLayout>()

function layoutOf(edition: Edition): CellLayout {
  let layout = layouts.get(edition)
  if (layout) return layout
  // A hand-built report may name no known edition: every key then takes the general path.
  const keys = edition === '2019' || edition === '2021' ? cellKeys(edition) : []
  const rowIndex = new Map<string, number>()
  const rowPaths: string[][] = []
  const rowOf = new Int32Array(keys.length)
  const leaves: string[] = []
  keys.forEach((key, slot) => {
    const dot = key.lastIndexOf('.')
    const row = key.slice(0, dot)
    let index = rowIndex.get(row)
    if (index === undefined) {
      rowIndex.set(row, (index = rowPaths.length))
      rowPaths.push(row.split('.'))
    }
    rowOf[slot] = index
    leaves.push(key.slice(dot + 1))
  })
  const slotOf: Record<string, number> = Object.create(null)
  keys.forEach((key, slot) => (slotOf[key] = slot))
  layout = { slotOf, keys, rowOf, leaves, rowPaths }
  layouts.set(edition, layout)
  return layout
}

/** The cells of one report, each read at most once (as `readCell` reads it). */
export interface CellTable {
  /** The slot of one of the edition's cells; -1 for any other key. */
  slotOf(key: string): number
  read(slot: number): number | undefined
  /** A key outside the edition's cells (a plug-in's own path). */
  readOther(key: string): number | undefined
  /** Number of slots. */
  readonly size: number
}

// A slot not read yet holds NaN; one read and not available holds Infinity (never a cell's
// value: `readCell` only returns finite numbers).
const unread = NaN
const unavailable = Infinity

/**
 * Most rules read the same cells, a few hundred per report: their values are kept in a flat
 * table indexed by a slot fixed per edition, rather than looked up by path each time.
 */
export function createCellTable(report: { edition: Edition }, sourceMap: Readonly<SourceMap> | undefined): CellTable {
  const { slotOf, keys, rowOf, leaves, rowPaths } = layoutOf(report.edition)
  // Plain arrays: a typed array's separate buffer costs more to make than this table saves.
  const values: number[] = new Array(keys.length).fill(unread)
  // Per row: its object in the report, `null` when the path holds none, `undefined` until looked up.
  const rows: Array<Record<string, unknown> | null | undefined> = new Array(rowPaths.length).fill(undefined)
  let others: Map<string, number | undefined> | undefined

  const rowObject = (index: number): Record<string, unknown> | null => {
    let row = rows[index]
    if (row !== undefined) return row
    let current: unknown = report
    for (const part of rowPaths[index]!) {
      if (current === null || typeof current !== 'object') break
      current = (current as Record<string, unknown>)[part]
    }
    row = current !== null && typeof current === 'object' ? (current as Record<string, unknown>) : null
    rows[index] = row
    return row
  }

  return {
    size: keys.length,
    slotOf: (key) => slotOf[key] ?? -1,
    read(slot) {
      const known = values[slot]!
      if (known === known) return known === unavailable ? undefined : known
      const row = rowObject(rowOf[slot]!)
      const value = row === null ? undefined : row[leaves[slot]!]
      const trusted =
        typeof value === 'number' && Number.isFinite(value) && (sourceMap === undefined || isTrusted(sourceMap[keys[slot]!]?.status))
      values[slot] = trusted ? value : unavailable
      return trusted ? value : undefined
    },
    readOther(key) {
      others ??= new Map()
      if (others.has(key)) return others.get(key)
      const value = readCell(report, sourceMap, key)
      others.set(key, value)
      return value
    },
  }
}
