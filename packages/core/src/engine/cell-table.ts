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
  /** The slots of frozen key lists seen so far: rules keep fixed lists and read them per report. */
  listSlots: WeakMap<readonly string[], Int32Array>
}

const layouts = new Map<string, CellLayout>()

function layoutOf(edition: Edition): CellLayout {
  let layout = layouts.get(edition)
  if (layout) return layout
  // A hand-built report may name no known edition: every key then takes the general path.
  const keys = (edition === '2019' || edition === '2021' ? cellKeys(edition) : []).map(interned)
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
    leaves.push(interned(key.slice(dot + 1)))
  })
  const slotOf: Record<string, number> = Object.create(null)
  keys.forEach((key, slot) => (slotOf[key] = slot))
  layout = { slotOf, keys, rowOf, leaves, rowPaths, listSlots: new WeakMap() }
  layouts.set(edition, layout)
  return layout
}

/**
 * The same text as an interned string (the form V8 keeps property names in). Looking a property
 * up by a built string (`a.${b}`) first searches the string table for its interned form, on every
 * lookup; by the interned string itself it is one hash probe. Property names come out interned.
 */
function interned(text: string): string {
  return Object.keys({ [text]: 0 })[0]!
}

/** The cells of one report, each read at most once (as `readCell` reads it). */
export interface CellTable {
  /**
   * Per slot: the cell's value once read; `unread` (NaN) before, `unavailable` (Infinity) when
   * `readCell` would give `undefined`. Read it directly: this is the engine's innermost loop.
   */
  readonly values: number[]
  /** Reads a slot's cell into `values` and returns what it holds now. */
  load(slot: number): number
  /** The slot of one of the edition's cells; -1 for any other key. */
  slotOf(key: string): number
  /**
   * The slots of a list of keys (-1 for other keys), kept for a frozen list, which cannot change:
   * one lookup per list instead of one per key. `undefined` for a list that is not frozen.
   */
  slotsOf(keys: readonly string[]): Int32Array | undefined
  /** A key outside the edition's cells (a plug-in's own path), read once too. */
  readOther(key: string): number | undefined
}

// NaN is never equal to itself: `value !== value` tells an unread slot. Infinity is never a
// cell's value (`readCell` only returns finite numbers).
export const unavailable = Infinity

/**
 * Most rules read the same cells, a few hundred per report: their values are kept in a flat
 * table indexed by a slot fixed per edition, rather than looked up by path each time.
 */
export function createCellTable(report: { edition: Edition }, sourceMap: Readonly<SourceMap> | undefined): CellTable {
  const { slotOf, keys, rowOf, leaves, rowPaths, listSlots } = layoutOf(report.edition)
  // Plain arrays: a typed array's separate buffer costs more to make than this table saves.
  const values: number[] = new Array(keys.length).fill(NaN)
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
    values,
    load(slot) {
      const row = rowObject(rowOf[slot]!)
      const value = row === null ? undefined : row[leaves[slot]!]
      const trusted =
        typeof value === 'number' && Number.isFinite(value) && (sourceMap === undefined || isTrusted(sourceMap[keys[slot]!]?.status))
      return (values[slot] = trusted ? value : unavailable)
    },
    slotOf: (key) => slotOf[key] ?? -1,
    slotsOf(list) {
      if (!Object.isFrozen(list)) return undefined
      let slots = listSlots.get(list)
      if (slots === undefined) {
        slots = Int32Array.from(list, (key) => slotOf[key] ?? -1)
        listSlots.set(list, slots)
      }
      return slots
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
