import type { TableCell } from '../document/types.js'
import { isValueLike } from '../text/cell-value.js'

/** What a table cell holds, as far as splitting rows goes: nothing, a value, or a label. */
export type CellKind = 'blank' | 'value' | 'label'

const blankText = /^(?:\s|&nbsp;|\u00a0|\u3000)*$/

/** Reads each distinct cell text once: every table asks this of every cell, several times. */
export function cellKind(text: string): CellKind {
  let kind = cache.get(text)
  if (kind === undefined) {
    kind = blankText.test(text) ? 'blank' : isValueLike(text) ? 'value' : 'label'
    if (text.length <= maxCachedLength) {
      if (cache.size >= cacheLimit) cache.clear()
      cache.set(text, kind)
    }
  }
  return kind
}

const cache = new Map<string, CellKind>()
const cacheLimit = 20_000
const maxCachedLength = 80

export const isBlank = (cell: TableCell): boolean => cellKind(cell.text) === 'blank'
