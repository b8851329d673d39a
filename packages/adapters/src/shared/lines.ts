import type { Point } from '@zfxxgk/core'
import { leadingSpace, trailingSpaceStart } from './space.js'

export interface Line {
  text: string
  /** 1-based line number. */
  line: number
  /** 0-based offset of the line's first character in the input. */
  offset: number
}

/**
 * Splits text into lines (\n, \r\n or \r), keeping each line's number and offset. The breaks
 * are found with `indexOf`, several times cheaper than a regex over the whole text; the next
 * `\n` and the next `\r` are each searched for again only once passed, so the text is read once.
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  let lf = text.indexOf('\n')
  let cr = text.indexOf('\r')
  while (lf !== -1 || cr !== -1) {
    const end = cr === -1 || (lf !== -1 && lf < cr) ? lf : cr
    lines.push({ text: text.slice(start, end), line: lines.length + 1, offset: start })
    start = end === cr && text.charCodeAt(cr + 1) === 10 ? cr + 2 : end + 1
    if (lf !== -1 && lf < start) lf = text.indexOf('\n', start)
    if (cr !== -1 && cr < start) cr = text.indexOf('\r', start)
  }
  lines.push({ text: text.slice(start), line: lines.length + 1, offset: start })
  return lines
}

/** The point of a column (0-based index into the line's text) on a line. */
export function pointAt(line: Line, index: number): Point {
  return { line: line.line, column: index + 1, offset: line.offset + index }
}

/** The text without padding, with the index where it starts. */
export function trimmed(text: string): { text: string; start: number } {
  const lead = leadingSpace(text)
  return { text: text.slice(lead, trailingSpaceStart(text, lead)), start: lead }
}
