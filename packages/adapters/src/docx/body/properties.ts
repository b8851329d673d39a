import { toInt } from '../numbering/definitions.js'
import type { ParagraphNumbering } from '../numbering/list-labels.js'
import { attribute } from '../xml/names.js'
import { isOn } from './run-text.js'
import type { WordCell, WordRow } from './word-table.js'

/**
 * The few facts read from property subtrees (`w:pPr`, `w:rPr`, `w:trPr`, `w:tcPr`); every other
 * property is formatting and ignored. Each reader takes one child element of its subtree.
 */
type Attributes = Record<string, string>

const val = (attributes: Attributes, qualified: string) => attribute(attributes, qualified, 'val')

/** `w:pStyle`, and `w:numPr`'s `w:numId`/`w:ilvl`: what list numbering a paragraph has. */
export function readParagraphProperty(paragraph: ParagraphNumbering, name: string, attributes: Attributes, qualified: string): void {
  if (name === 'w:pStyle') paragraph.styleId = val(attributes, qualified)
  else if (name === 'w:numId') paragraph.numId = val(attributes, qualified)
  else if (name === 'w:ilvl') paragraph.ilvl = toInt(val(attributes, qualified), 0)
}

/** Whether a run property hides the run's text (`w:vanish`, unless switched off). */
export function hidesRun(name: string, attributes: Attributes, qualified: string): boolean {
  return name === 'w:vanish' && isOn(val(attributes, qualified))
}

/** Grid columns skipped before and after the cells, tracked deletion, repeated header row. */
export function readRowProperty(row: WordRow, name: string, attributes: Attributes, qualified: string): void {
  if (name === 'w:gridBefore') row.gridBefore = toInt(val(attributes, qualified), 0)
  else if (name === 'w:gridAfter') row.gridAfter = toInt(val(attributes, qualified), 0)
  else if (name === 'w:del') row.deleted = true
  else if (name === 'w:tblHeader') row.header = isOn(val(attributes, qualified))
}

/** Merges: `w:gridSpan`, and `w:vMerge`/`w:hMerge` (no `w:val` means continue). */
export function readCellProperty(cell: WordCell, name: string, attributes: Attributes, qualified: string): void {
  if (name === 'w:gridSpan') cell.gridSpan = toInt(val(attributes, qualified), 1)
  else if (name === 'w:vMerge') cell.vMerge = val(attributes, qualified) === 'restart' ? 'restart' : 'continue'
  else if (name === 'w:hMerge') cell.hMerge = val(attributes, qualified) === 'restart' ? 'restart' : 'continue'
}
