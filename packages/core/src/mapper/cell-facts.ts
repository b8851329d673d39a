import type { Table, TableCell } from '../document/types.js'
import { parseCellValue, type CellValue } from '../text/cell-value.js'
import { memoizeText } from '../text/memoize.js'
import { normalizeLabel } from '../text/normalize.js'
import { readCellSignals, type CellSignals } from './edition-signals.js'
import type { LabelMatch } from './label-match.js'

/** What a table cell holds, as far as splitting rows goes: nothing, a value, or a label. */
export type CellKind = 'blank' | 'value' | 'label'

/** Everything the mapper asks of a cell's text, read once per distinct text. */
export interface CellFacts {
  readonly kind: CellKind
  /** The text normalised for matching labels (spec §4.2). */
  readonly label: string
  /** The text read as a value (spec §2.5). */
  readonly value: CellValue
  /** What the text says about the edition; `null` for the many cells that say nothing. */
  readonly signals: CellSignals | null
  /**
   * What the label was recognised as, by context slot, filled as it is read (see classify-label):
   * kept here so that a recurring label costs no second lookup.
   */
  readonly matches: Array<LabelMatch | null | undefined>
}

/** A table's cells' facts, row by row, parallel to `table.rows`. */
export type TableFacts = ReadonlyArray<ReadonlyArray<CellFacts>>

const blankText = /^(?:\s|&nbsp;|\u00a0|\u3000)*$/

/**
 * The facts of one cell text. A batch of reports holds few distinct cell texts (the template's
 * labels, small counts): each is read once, and a table costs one lookup per cell.
 */
export function cellFacts(text: string): CellFacts {
  // Most cells are empty or small counts: those skip the hash lookup.
  if (text === '') return (emptyFacts ??= readFacts(''))
  const count = smallCount(text)
  if (count >= 0) return (countFacts[count] ??= readFacts(text))
  return factsOf(text)
}

const factsOf = memoizeText(readFacts)

const countFacts: CellFacts[] = []
let emptyFacts: CellFacts | undefined

/** The number a text of one to three ASCII digits without a leading zero spells, else -1. */
function smallCount(text: string): number {
  const n = text.length
  if (n === 0 || n > 3) return -1
  let value = 0
  for (let i = 0; i < n; i++) {
    const digit = text.charCodeAt(i) - 48
    if (digit < 0 || digit > 9 || (digit === 0 && i === 0 && n > 1)) return -1
    value = value * 10 + digit
  }
  return value
}

function readFacts(text: string): CellFacts {
  const value = parseCellValue(text)
  const label = normalizeLabel(text)
  const kind: CellKind = blankText.test(text) ? 'blank' : value.status !== 'unreadable' ? 'value' : 'label'
  return { kind, label, value, signals: kind === 'label' ? readCellSignals(label) : null, matches: [] }
}

export function tableFacts(table: Table): TableFacts {
  return table.rows.map((row) => row.map((cell) => cellFacts(cell.text)))
}

export const isBlank = (cell: TableCell): boolean => cellFacts(cell.text).kind === 'blank'
