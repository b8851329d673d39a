import type { AdapterContext, Block, SniffSample, SourceDocument, Table, TableCell } from '@zfxxgk/core'
import { isHeadingLike } from '../../../src/tab-text/heading-like.js'
import { lineParagraph, pointAt, splitLines, type Line } from './lines.js'

export function sniffTabText(sample: SniffSample): number {
  const text = sample.text
  if (text === null) return 0
  let tabbed = 0
  for (let i = text.indexOf('\t'); i !== -1 && tabbed < 10; i = text.indexOf('\t', i + 1)) tabbed++
  return tabbed >= 10 ? 0.6 : tabbed > 0 ? 0.3 : 0.1
}

export function parseTabText(text: string, context: AdapterContext): SourceDocument {
  const blocks: Block[] = []
  for (const region of splitRegions(splitLines(text))) {
    if (region.kind === 'text') blocks.push(lineParagraph(region.line))
    else blocks.push(readTable(region.lines, context))
  }
  return { format: 'tab-text', blocks }
}

type Region = { kind: 'table'; lines: Line[] } | { kind: 'text'; line: Line }

function splitRegions(lines: readonly Line[]): Region[] {
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
    const continues = table !== null && text.trim().length <= 16 && !isHeadingLike(text) && next !== undefined && next.text.includes('\t')
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

const ruleCell = /^[\s:|-]*-{3,}[\s:|-]*$/

function readTable(lines: readonly Line[], context: AdapterContext): Table {
  const rows: TableCell[][] = []
  let last: TableCell | undefined
  for (const line of lines) {
    if (line.text.trim() === '') continue
    if (!line.text.includes('\t')) {
      if (last) {
        last.text += `\n${line.text.trim()}`
        last.location.end = pointAt(line, line.text.length)
      }
      continue
    }
    const parts = line.text.split('\t')
    if (line.text.includes('---') && parts.every((p) => p.trim() === '' || ruleCell.test(p))) {
      context.report({
        messageId: 'ruleLineSkipped',
        severity: 'info',
        text: { zh: '跳过表格中的 Markdown 分隔线', en: 'Skipped a Markdown rule line inside a table' },
        location: { start: pointAt(line, 0), end: pointAt(line, line.text.length) },
      })
      continue
    }
    const row: TableCell[] = []
    let index = 0
    for (const part of parts) {
      const cell: TableCell = { text: part, location: { start: pointAt(line, index), end: pointAt(line, index + part.length), row: rows.length + 1, col: row.length + 1 } }
      row.push(cell)
      if (part.trim() !== '') last = cell
      index += part.length + 1
    }
    rows.push(row)
  }
  const first = lines[0]!
  const end = lines[lines.length - 1]!
  return { kind: 'table', layout: 'text', rows, location: { start: pointAt(first, 0), end: pointAt(end, end.text.length) } }
}
