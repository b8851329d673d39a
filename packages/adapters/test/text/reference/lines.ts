import type { Paragraph, Point } from '@zfxxgk/core'

export interface Line {
  text: string
  line: number
  offset: number
}

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

export function pointAt(line: Line, index: number): Point {
  return { line: line.line, column: index + 1, offset: line.offset + index }
}

const padding = /^[\s\u00a0\u3000]*/

export function trimmed(text: string): { text: string; start: number } {
  const lead = padding.exec(text)![0].length
  return { text: text.slice(lead).replace(/[\s\u00a0\u3000]+$/, ''), start: lead }
}

export function lineParagraph(line: Line): Paragraph {
  const t = trimmed(line.text)
  return { kind: 'paragraph', text: t.text, location: { start: pointAt(line, t.start), end: pointAt(line, t.start + t.text.length) } }
}
