import type { Edition } from '../model/edition.js'
import { cellKeys } from '../model/paths.js'
import type { SourceMap } from '../source-map.js'
import { isTrusted, readCell } from './cells.js'

/**
 * Where each cell of an edition sits in a report's table of values. Cells are grouped by the
 * object that holds them (a row), so that a report's row is looked up once for its seven cells.
 */
interface CellLayout {
  // A dictionary object rather than a Map: looking a rule's key up in it was measured faster
  // (about 6 ns against 10 per lookup).
  slotOf: Readonly<Record<string, number>>
  keys: readonly string[]
  /** Per slot: the index of its row and its own property name in the row. */
  rowOf: Int32Array
  leaves: readonly string[]
  /**
   * The objects on the rows' paths (`applications`, `applications.results`, …), each a parent's
   * property: per row the index of its object, per object its parent's index (-1: the report).
   */
  rowObject: Int32Array
  objectParent: Int32Array
  objectName: readonly string[]
  /** Per row: the slots of its cells. */
  rowSlots: readonly (readonly number[])[]
  /** The slots of frozen key lists seen so far: rules keep fixed lists and read them per report. */
  listSlots: WeakMap<readonly string[], Int32Array>
}

const layouts = new Map<string, CellLayout>()

function layoutOf(edition: Edition): CellLayout {
  let layout = layouts.get(edition)
  if (layout) return layout
  // A hand-built report may name no known edition: every key then takes the general path.
  const keys = edition === '2019' || edition === '2021' ? cellKeys(edition) : []
  const rowIndex = new Map<string, number>()
  const rowSlots: number[][] = []
  const objectIndex = new Map<string, number>()
  const objectParent: number[] = []
  const objectName: string[] = []
  const objectOf = (path: string): number => {
    let index = objectIndex.get(path)
    if (index === undefined) {
      const dot = path.lastIndexOf('.')
      const parent = dot === -1 ? -1 : objectOf(path.slice(0, dot))
      objectIndex.set(path, (index = objectName.length))
      objectParent.push(parent)
      objectName.push(path.slice(dot + 1))
    }
    return index
  }
  const rowObject: number[] = []
  const rowOf = new Int32Array(keys.length)
  const leaves: string[] = []
  keys.forEach((key, slot) => {
    const dot = key.lastIndexOf('.')
    const row = key.slice(0, dot)
    let index = rowIndex.get(row)
    if (index === undefined) {
      rowIndex.set(row, (index = rowSlots.length))
      rowObject.push(objectOf(row))
      rowSlots.push([])
    }
    rowOf[slot] = index
    rowSlots[index]!.push(slot)
    leaves.push(key.slice(dot + 1))
  })
  const slotOf: Record<string, number> = Object.create(null)
  keys.forEach((key, slot) => (slotOf[key] = slot))
  layout = {
    slotOf, keys, rowOf, leaves, rowSlots, listSlots: new WeakMap(),
    rowObject: Int32Array.from(rowObject), objectParent: Int32Array.from(objectParent), objectName,
  }
  layouts.set(edition, layout)
  return layout
}

/** The cells of one report, each read at most once (as `readCell` reads it). */
export interface CellTable {
  /**
   * Per slot: the cell's value once read; NaN before, `unavailable` (Infinity) when `readCell`
   * would give `undefined`. Read it directly: this is the engine's innermost loop.
   */
  readonly values: number[]
  /** Reads a slot's cell into `values` and returns what it holds now. */
  load(slot: number): number
  /** The slot of each of the edition's cells (a dictionary object: index it directly). */
  readonly slots: Readonly<Record<string, number>>
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
  const { slotOf, keys, rowOf, leaves, rowSlots, listSlots, rowObject, objectParent, objectName } = layoutOf(report.edition)
  // The report's objects on the rows' paths, looked up once each (parents first): `null` when the
  // path holds no object, `undefined` until looked up.
  const objects: Array<Record<string, unknown> | null | undefined> = new Array(objectName.length).fill(undefined)
  const objectAt = (index: number): Record<string, unknown> | null => {
    let found = objects[index]
    if (found !== undefined) return found
    const parentIndex = objectParent[index]!
    const parent = parentIndex < 0 ? (report as unknown as Record<string, unknown>) : objectAt(parentIndex)
    const value = parent === null ? undefined : parent[objectName[index]!]
    found = value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : null
    objects[index] = found
    return found
  }
  // Plain arrays: a typed array's separate buffer costs more to make than this table saves.
  const values: number[] = new Array(keys.length).fill(NaN)
  let others: Map<string, number | undefined> | undefined

  return {
    values,
    load(slot) {
      // The rules that read one cell of a row read the others too: the whole row is read at once,
      // its object looked up once.
      const index = rowOf[slot]!
      const object = objectAt(rowObject[index]!)
      for (const each of rowSlots[index]!) {
        const value = object === null ? undefined : object[leaves[each]!]
        const trusted =
          typeof value === 'number' && Number.isFinite(value) && (sourceMap === undefined || isTrusted(sourceMap[keys[each]!]?.status))
        values[each] = trusted ? value : unavailable
      }
      return values[slot]!
    },
    slots: slotOf,
    slotsOf(list) {
      let slots = listSlots.get(list)
      // A list is kept only once frozen, and stays frozen.
      if (slots === undefined && Object.isFrozen(list)) {
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
