import type { Point } from '@zfxxgk/core'

export interface Line {
  text: string
  /** 1-based line number. */
  line: number
  /** 0-based offset of the line's first character in the input. */
  offset: number
}

/** Splits text into lines (\n, \r\n or \r), keeping each line's number and offset. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = []
  const pattern = /\r\n|\n|\r/g
  let start = 0
  let n = 1
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    lines.push({ text: text.slice(start, m.index), line: n++, offset: start })
    start = m.index + m[0].length
  }
  lines.push({ text: text.slice(start), line: n, offset: start })
  return lines
}

/** The point of a column (0-based index into the line's text) on a line. */
export function pointAt(line: Line, index: number): Point {
  return { line: line.line, column: index + 1, offset: line.offset + index }
}

const padding = /^[\s\u00a0\u3000]*/

/** The text without padding, with the index where it starts. */
export function trimmed(text: string): { text: string; start: number } {
  const lead = padding.exec(text)![0].length
  return { text: text.slice(lead).replace(/[\s\u00a0\u3000]+$/, ''), start: lead }
}
