import type { Block, SniffSample, SourceDocument, TableCell } from '@zfxxgk/core'
import { readMarkdown } from '../../../src/pipe-table/markdown.js'
import { lineParagraph, pointAt, splitLines, trimmed, type Line } from './lines.js'

const delimiterRow = /^[ \t]*\|?[ \t]*:?-{1,}:?[ \t]*(\|[ \t]*:?-{1,}:?[ \t]*)+\|?[ \t]*$/m
const cellLineEnd = /[^|\s][ \t\u3000]*\|[ \t|]*$/gm

export function sniffPipeTable(sample: SniffSample): number {
  const text = sample.text?.slice(0, 200_000)
  if (!text) return 0
  if (delimiterRow.test(text)) return 0.8
  let cells = 0
  cellLineEnd.lastIndex = 0
  while (cells < 20 && cellLineEnd.exec(text)) cells++
  return cells >= 20 ? 0.7 : cells > 0 ? 0.2 : 0
}

export function parsePipeTable(text: string): SourceDocument {
  const blocks = delimiterRow.test(text) ? readMarkdown(text) : readCellLines(splitLines(text))
  return { format: 'pipe-table', blocks }
}

const cellLine = /^([^|]*?)[\s\u3000]*\|[\s|]*$/

function readCellLines(lines: readonly Line[]): Block[] {
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
