import type { Line } from '../shared/lines.js'
import { isBlank } from '../shared/space.js'
import { isHeadingLike } from './heading-like.js'

export type Region = { kind: 'table'; lines: Line[] } | { kind: 'text'; line: Line }

const maxContinuation = 16

/**
 * Groups lines into table regions (lines with tabs, blank lines inside, and short lines that
 * continue a cell broken over lines, 本年新⏎制作数量 / 科研⏎⏎机构) and running text.
 */
export function splitRegions(lines: readonly Line[]): Region[] {
  const regions: Region[] = []
  let table: Line[] | null = null
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const text = line.text
    if (text.includes('\t')) {
      ;(table ??= []).push(line)
      continue
    }
    if (isBlank(text)) {
      if (table) table.push(line)
      continue
    }
    if (table !== null && continuesCell(text, lines, i + 1)) {
      table.push(line)
      continue
    }
    if (table) regions.push({ kind: 'table', lines: table })
    table = null
    regions.push({ kind: 'text', line })
  }
  if (table) regions.push({ kind: 'table', lines: table })
  return regions
}

/** A short line that is not a heading, followed (past blank lines) by a line with tabs. */
function continuesCell(text: string, lines: readonly Line[], from: number): boolean {
  if (text.trim().length > maxContinuation || isHeadingLike(text)) return false
  for (let j = from; j < lines.length; j++) if (!isBlank(lines[j]!.text)) return lines[j]!.text.includes('\t')
  return false
}
