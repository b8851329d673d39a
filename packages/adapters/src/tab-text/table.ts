import type { AdapterContext, Table, TableCell } from '@zfxxgk/core'
import { pointAt, type Line } from '../shared/lines.js'
import { isBlank } from '../shared/space.js'

const ruleCell = /^[\s:|-]*-{3,}[\s:|-]*$/

/**
 * A table region (lines `from` to `to`) as rows of cells split on tabs. A line without tabs
 * continues the last cell (a label broken over lines); a Markdown rule line inside the text (D-T6)
 * is skipped and reported.
 */
export function readTable(lines: readonly Line[], from: number, to: number, context: AdapterContext): Table {
  const rows: TableCell[][] = []
  // The last filled cell of the rows read so far, looked for only when a line continues it (rare),
  // newest row first and only among the rows added since the last look (`scanned`).
  let last: TableCell | undefined
  let scanned = 0
  for (let i = from; i < to; i++) {
    const line = lines[i]!
    const text = line.text
    if (isBlank(text)) continue
    const tab = text.indexOf('\t')
    if (tab === -1) {
      for (let r = rows.length - 1; r >= scanned; r--) {
        const cell = lastFilled(rows[r]!)
        if (cell) {
          last = cell
          break
        }
      }
      scanned = rows.length
      if (last) {
        last.text += `\n${text.trim()}`
        last.location.end = pointAt(line, text.length)
      }
      continue
    }
    if (text.includes('---') && isRuleLine(text)) {
      context.report({
        messageId: 'ruleLineSkipped',
        severity: 'info',
        text: { zh: '跳过表格中的 Markdown 分隔线', en: 'Skipped a Markdown rule line inside a table' },
        location: { start: pointAt(line, 0), end: pointAt(line, text.length) },
      })
      continue
    }
    rows.push(readRow(line, tab, rows.length + 1))
  }
  const first = lines[from]!
  const end = lines[to - 1]!
  return { kind: 'table', layout: 'text', rows, location: { start: pointAt(first, 0), end: pointAt(end, end.text.length) } }
}

/**
 * The cells of a line between its tabs. Walking the tabs with `indexOf` and slicing each cell
 * costs a fraction of `split('\t')` on the many short lines of a one-cell-per-line rendering.
 */
function readRow(line: Line, firstTab: number, rowNumber: number): TableCell[] {
  const text = line.text
  const row: TableCell[] = []
  let start = 0
  let tab = firstTab
  for (;;) {
    const end = tab === -1 ? text.length : tab
    row.push({ text: text.slice(start, end), location: { start: pointAt(line, start), end: pointAt(line, end), row: rowNumber, col: row.length + 1 } })
    if (tab === -1) return row
    start = tab + 1
    tab = nextTab(text, start)
  }
}

/**
 * The next tab from `from`, or -1. A table's lines and cells are a few characters long: a loop
 * over them is cheaper than a call to `indexOf` for each.
 */
function nextTab(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (text.charCodeAt(i) === 9) return i
  return -1
}

/** The row's last cell with text: the one a label broken onto the next line continues. */
function lastFilled(row: readonly TableCell[]): TableCell | undefined {
  for (let c = row.length - 1; c >= 0; c--) if (!isBlank(row[c]!.text)) return row[c]
  return undefined
}

/** Only dashes, colons, pipes and padding between the tabs, with a run of three dashes (D-T6). */
function isRuleLine(text: string): boolean {
  return text.split('\t').every((part) => isBlank(part) || ruleCell.test(part))
}
