import type { Block, TableCell } from '@zfxxgk/core'
import { pointAt, trimmed, type Line } from '../shared/lines.js'
import { lineParagraph } from '../shared/paragraph.js'

// `text |` then optional fillers `| ||` (markers of merged cells, D-T4); a line of pipes only is a blank cell.
const cellLine = /^([^|]*?)[\s\u3000]*\|[\s|]*$/

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
    if (line.text.trim() === '') continue
    const m = cellLine.exec(line.text)
    if (!m) {
      close()
      blocks.push(lineParagraph(line))
      continue
    }
    if (!rows) [rows, first] = [[], line]
    last = line
    const t = trimmed(m[1]!)
    rows.push([{ text: t.text, location: { start: pointAt(line, t.start), end: pointAt(line, t.start + t.text.length), row: rows.length + 1, col: 1 } }])
  }
  close()
  return blocks
}
