import type { Paragraph } from '@zfxxgk/core'
import { pointAt, trimmed, type Line } from './lines.js'

/** One line of running text as a paragraph, located where its text starts and ends. */
export function lineParagraph(line: Line): Paragraph {
  const t = trimmed(line.text)
  return { kind: 'paragraph', text: t.text, location: { start: pointAt(line, t.start), end: pointAt(line, t.start + t.text.length) } }
}
