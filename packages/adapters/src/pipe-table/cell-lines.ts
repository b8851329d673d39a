import { isWhitespace, type Block, type TableCell } from '@zfxxgk/core'
import { pointAt, type Line } from '../shared/lines.js'
import { lineParagraph } from '../shared/paragraph.js'
import { isBlank, leadingSpace, trailingSpaceStart } from '../shared/space.js'

/**
 * The one-cell-per-line rendering of seed 002: each cell on its own line ending in ` |`, merged
 * cells marked by extra pipes. Runs of such lines form a table of one-cell rows (its rows are
 * re-formed from labels by the mapper); other lines are running text.
 */
export function readCellLines(lines: readonly Line[]): Block[] {
  const blocks: Block[] = []
  let rows: TableCell[][] | null = null
  let first: Line | null = null
  let last: Line | null = null
  const close = () => {
    if (rows && first && last) blocks.push({ kind: 'table', layout: 'text', rows, location: { start: pointAt(first, 0), end: pointAt(last, last.text.length) } })
    rows = null
  }
  for (const line of lines) {
    if (isBlank(line.text)) continue
    const pipe = cellLinePipe(line.text)
    if (pipe === -1) {
      close()
      blocks.push(lineParagraph(line))
      continue
    }
    if (!rows) [rows, first] = [[], line]
    last = line
    // Padding is cut from the end first: a cell of padding only (`\u3000|`) is empty at column 1.
    const end = trailingSpaceStart(line.text, 0, pipe)
    const start = leadingSpace(line.text, end)
    rows.push([{ text: line.text.slice(start, end), location: { start: pointAt(line, start), end: pointAt(line, end), row: rows.length + 1, col: 1 } }])
  }
  close()
  return blocks
}

/**
 * Where the cell of a cell line ends: its first pipe, when only pipes and padding follow it
 * (`text |`, `text | ||`, `|`); -1 for any other line. Read without a regex, as every line is tested.
 */
export function cellLinePipe(text: string): number {
  const pipe = text.indexOf('|')
  if (pipe === -1) return -1
  for (let i = pipe + 1; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code !== 0x7c && !isWhitespace(code)) return -1
  }
  return pipe
}
