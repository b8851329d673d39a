import type { CellStatus } from '../source-map.js'
import { memoizeText } from './memoize.js'

export interface CellValue {
  value: number | null
  /** Why the value is null, or how it was read when that matters. */
  status?: CellStatus
  unit?: string
  /** Text after the number in brackets, e.g. 其中修订16件 in 22（其中修订16件）. */
  note?: string
}

// Most cells are plain ASCII digits: read them without the full grammar.
const plainDigits = /^[ \t\u3000]*(\d{1,15})[ \t\u3000]*$/
// Text that starts with a word (other than 无 / 不适用) is a label, not a value.
const startsWithWord = /^[\s\u3000]*[\u4e00-\u4e0c\u4e0e-\u65df\u65e1-\u9fff]/
const invisible = /[\s\u00a0\u200b-\u200f\u2060\u3000\ufeff]+/g
const notApplicable = /^(?:[-—–―─/\\]+|无|\/|—\/—|-\/-|不适用)$/
const placeholder = /^(?:[xX×*]+|[?？]+)$/
const number = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/
const unitSuffix = /(万元|元|件|条|个|项|次|起)$/

/**
 * Reads a table cell by the grammar of spec §2.5: NFKC, padding and thousands separators out,
 * a trailing unit recorded, then a number, a not-applicable mark, a placeholder, or unreadable.
 * The result is frozen and may be shared between calls: treat it as read-only.
 */
export const parseCellValue: (raw: string) => CellValue = memoizeText((raw) => Object.freeze(readCellValue(raw)), { maxLength: 24 })

function readCellValue(raw: string): CellValue {
  if (raw === '') return { value: null, status: 'blank' }
  const digits = plainDigits.exec(raw)
  if (digits) return { value: Number(digits[1]) }
  if (raw.length > 64 || startsWithWord.test(raw)) return { value: null, status: 'unreadable' }
  let text = raw.normalize('NFKC').replace(invisible, '').replace(/&nbsp;?/gi, '')
  if (text === '') return { value: null, status: 'blank' }
  if (notApplicable.test(text)) return { value: null, status: 'notApplicable' }
  if (placeholder.test(text)) return { value: null, status: 'placeholder' }
  let note: string | undefined
  const annotated = /^([^()]+)\((.+)\)$/.exec(text)
  if (annotated) {
    text = annotated[1]!
    note = annotated[2]!
  }
  text = text.replace(/(\d),(?=\d{3}(?:\D|$))/g, '$1')
  let unit: string | undefined
  const suffix = unitSuffix.exec(text)
  if (suffix && suffix.index > 0) {
    unit = suffix[1]!
    text = text.slice(0, suffix.index)
  }
  if (!number.test(text)) return { value: null, status: 'unreadable' }
  const value = Number(text)
  if (!Number.isFinite(value)) return { value: null, status: 'unreadable' }
  return { value, ...(unit ? { unit } : {}), ...(note ? { note } : {}) }
}

/** True for the cells that may stand in a value column: numbers, blanks, marks and placeholders. */
export function isValueLike(raw: string): boolean {
  return parseCellValue(raw).status !== 'unreadable'
}
