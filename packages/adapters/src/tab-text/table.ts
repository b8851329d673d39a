import type { AdapterContext, Table, TableCell } from '@zfxxgk/core'
import { pointAt, type Line } from '../shared/lines.js'
import { isBlank } from '../shared/space.js'

const ruleCell = /^[\s:|-]*-{3,}[\s:|-]*$/

/**
 * A table region as rows of cells split on tabs. A line without tabs continues the last cell
 * (a label broken over lines); a Markdown rule line inside the text (D-T6) is skipped and reported.
 */
export function readTable(lines: readonly Line[], context: AdapterContext): Table {
  const rows: TableCell[][] = []
  let last: TableCell | undefined
  for (const line of lines) {
    const text = line.text
    if (isBlank(text)) continue
    if (!text.includes('\t')) {
      if (last) {
        last.text += `\n${text.trim()}`
        last.location.end = pointAt(line, text.length)
      }
      continue
    }
    const parts = text.split('\t')
    if (text.includes('---') && parts.every((p) => isBlank(p) || ruleCell.test(p))) {
      context.report({
        messageId: 'ruleLineSkipped',
        severity: 'info',
        text: { zh: '跳过表格中的 Markdown 分隔线', en: 'Skipped a Markdown rule line inside a table' },
        location: { start: pointAt(line, 0), end: pointAt(line, text.length) },
      })
      continue
    }
    const row: TableCell[] = []
    const rowNumber = rows.length + 1
    let index = 0
    for (const part of parts) {
      const cell: TableCell = { text: part, location: { start: pointAt(line, index), end: pointAt(line, index + part.length), row: rowNumber, col: row.length + 1 } }
      row.push(cell)
      if (!isBlank(part)) last = cell
      index += part.length + 1
    }
    rows.push(row)
  }
  const first = lines[0]!
  const end = lines[lines.length - 1]!
  return { kind: 'table', layout: 'text', rows, location: { start: pointAt(first, 0), end: pointAt(end, end.text.length) } }
}
