import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { SourceDocument, Table } from '@zfxxgk/core'
import { html } from '../../src/html/index.js'

export const fixtureDir = fileURLToPath(new URL('../fixtures/html/', import.meta.url))

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(fixtureDir + name))
}

export interface Reported {
  messageId: string
  severity: string
  data?: Record<string, unknown>
  location?: unknown
}

/** Runs the adapter as parseReport would and keeps what it reports. */
export function parseHtmlDocument(input: string | Uint8Array): { document: SourceDocument; reported: Reported[] } {
  const reported: Reported[] = []
  const document = html.parse(input, { lang: 'zh', report: (d) => void reported.push(d as Reported) }) as SourceDocument
  return { document, reported }
}

export const tablesOf = (document: SourceDocument): Table[] => document.blocks.filter((b): b is Table => b.kind === 'table')
export const paragraphsOf = (document: SourceDocument): string[] =>
  document.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []))

/** The grid as text: each row's cells at their columns, `·` for slots covered by spans. */
export function gridText(table: Table): string[][] {
  const width = Math.max(...table.rows.flatMap((row) => row.map((c) => c.location.col! + (c.colSpan ?? 1) - 1)))
  const grid: string[][] = table.rows.map(() => Array<string>(width).fill('·'))
  for (const row of table.rows) {
    for (const cell of row) grid[cell.location.row! - 1]![cell.location.col! - 1] = cell.text
  }
  return grid
}
