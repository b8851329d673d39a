import type { Line } from '../shared/lines.js'
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
  const nextNonBlank = (from: number) => {
    for (let j = from; j < lines.length; j++) if (lines[j]!.text.trim() !== '') return lines[j]!
    return undefined
  }
  lines.forEach((line, i) => {
    const text = line.text
    if (text.includes('\t')) {
      ;(table ??= []).push(line)
      return
    }
    if (text.trim() === '') {
      if (table) table.push(line)
      return
    }
    const next = nextNonBlank(i + 1)
    const continues = table !== null && text.trim().length <= maxContinuation && !isHeadingLike(text) && next !== undefined && next.text.includes('\t')
    if (continues) {
      table!.push(line)
      return
    }
    if (table) regions.push({ kind: 'table', lines: table })
    table = null
    regions.push({ kind: 'text', line })
  })
  if (table) regions.push({ kind: 'table', lines: table })
  return regions
}
