import type { Line } from '../shared/lines.js'
import { isBlank } from '../shared/space.js'
import { isHeadingLike } from './heading-like.js'

/** A table region is the run of lines `from` (inclusive) to `to` (exclusive). */
export type Region = { kind: 'table'; from: number; to: number } | { kind: 'text'; line: Line }

const maxContinuation = 16

/**
 * Groups lines into table regions (lines with tabs, blank lines inside, and short lines that
 * continue a cell broken over lines, 本年新⏎制作数量 / 科研⏎⏎机构) and running text.
 */
export function splitRegions(lines: readonly Line[]): Region[] {
  const regions: Region[] = []
  let from = -1
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text
    if (text.includes('\t')) {
      if (from === -1) from = i
      continue
    }
    if (isBlank(text) || (from !== -1 && continuesCell(text, lines, i + 1))) continue
    if (from !== -1) regions.push({ kind: 'table', from, to: i })
    from = -1
    regions.push({ kind: 'text', line: lines[i]! })
  }
  if (from !== -1) regions.push({ kind: 'table', from, to: lines.length })
  return regions
}

/** A short line that is not a heading, followed (past blank lines) by a line with tabs. */
function continuesCell(text: string, lines: readonly Line[], from: number): boolean {
  if (text.trim().length > maxContinuation || isHeadingLike(text)) return false
  for (let j = from; j < lines.length; j++) if (!isBlank(lines[j]!.text)) return lines[j]!.text.includes('\t')
  return false
}
