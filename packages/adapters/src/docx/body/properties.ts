import { toInt } from '../numbering/definitions.js'
import type { ParagraphNumbering } from '../numbering/list-labels.js'
import type { Attributes } from '../xml/attributes.js'
import { attribute } from '../xml/names.js'
import { isOn } from './run-text.js'
import type { WordCell, WordRow } from './word-table.js'

/**
 * The few facts read from property subtrees (`w:pPr`, `w:rPr`, `w:trPr`, `w:tcPr`); every other
 * property is formatting and ignored. Each reader takes one element of its subtree and answers
 * whether it is one it reads (or a container of those): the reader skips any other with its whole
 * subtree, tracked-change history (`w:pPrChange` …) included.
 */

const val = (attributes: Attributes, qualified: string) => attribute(attributes, qualified, 'val')

/** `w:pStyle`, and `w:numPr`'s `w:numId`/`w:ilvl`: what list numbering a paragraph has. */
export function readParagraphProperty(paragraph: ParagraphNumbering, name: string, attributes: Attributes, qualified: string): boolean {
  switch (name) {
    case 'w:pStyle':
      paragraph.styleId = val(attributes, qualified)
      return true
    case 'w:numPr':
      return true
    case 'w:numId':
      paragraph.numId = val(attributes, qualified)
      return true
    case 'w:ilvl':
      paragraph.ilvl = toInt(val(attributes, qualified), 0)
      return true
    default:
      return false
  }
}

/** `w:vanish` (unless switched off) hides the run's text; undefined for any other run property. */
export function hidesRun(name: string, attributes: Attributes, qualified: string): boolean | undefined {
  return name === 'w:vanish' ? isOn(val(attributes, qualified)) : undefined
}

/** Grid columns skipped before and after the cells, tracked deletion, repeated header row. */
export function readRowProperty(row: WordRow, name: string, attributes: Attributes, qualified: string): boolean {
  switch (name) {
    case 'w:gridBefore':
      row.gridBefore = toInt(val(attributes, qualified), 0)
      return true
    case 'w:gridAfter':
      row.gridAfter = toInt(val(attributes, qualified), 0)
      return true
    case 'w:del':
      row.deleted = true
      return true
    case 'w:tblHeader':
      row.header = isOn(val(attributes, qualified))
      return true
    default:
      return false
  }
}

/** Merges: `w:gridSpan`, and `w:vMerge`/`w:hMerge` (no `w:val` means continue). */
export function readCellProperty(cell: WordCell, name: string, attributes: Attributes, qualified: string): boolean {
  switch (name) {
    case 'w:gridSpan':
      cell.gridSpan = toInt(val(attributes, qualified), 1)
      return true
    case 'w:vMerge':
      cell.vMerge = val(attributes, qualified) === 'restart' ? 'restart' : 'continue'
      return true
    case 'w:hMerge':
      cell.hMerge = val(attributes, qualified) === 'restart' ? 'restart' : 'continue'
      return true
    default:
      return false
  }
}
