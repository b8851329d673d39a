import { defineAdapter, type SniffSample } from '@zfxxgk/core'
import { splitLines } from '../shared/lines.js'
import { readCellLines } from './cell-lines.js'
import { readMarkdown } from './markdown.js'

const delimiterRow = /^[ \t]*\|?[ \t]*:?-{1,}:?[ \t]*(\|[ \t]*:?-{1,}:?[ \t]*)+\|?[ \t]*$/m
const cellLineEnd = /[^|\s][ \t\u3000]*\|[ \t|]*$/gm

/**
 * Reports whose tables are drawn with pipes: GFM Markdown pipe tables (read with
 * mdast-util-from-markdown and the GFM table extension), or one cell per line ending in ` |`.
 */
export const pipeTable = defineAdapter({
  name: 'pipe-table',
  input: 'text',
  extensions: ['md', 'markdown'],
  sniff(sample: SniffSample): number {
    const text = sample.text?.slice(0, 200_000)
    // Both patterns need a pipe; most text reports have none, and indexOf rules them out at once.
    if (!text || !text.includes('|')) return 0
    if (delimiterRow.test(text)) return 0.8
    let cells = 0
    cellLineEnd.lastIndex = 0
    while (cells < 20 && cellLineEnd.exec(text)) cells++
    return cells >= 20 ? 0.7 : cells > 0 ? 0.2 : 0
  },
  parse(input) {
    const text = typeof input === 'string' ? input : new TextDecoder().decode(input)
    const blocks = delimiterRow.test(text) ? readMarkdown(text) : readCellLines(splitLines(text))
    return { format: 'pipe-table', blocks }
  },
})

export default pipeTable
