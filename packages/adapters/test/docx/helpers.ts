import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Diagnostic, SourceDocument, Table } from '@zfxxgk/core'
import { docx } from '../../src/docx/index.js'

export const fixtureDir = fileURLToPath(new URL('../fixtures/docx/', import.meta.url))
export const fixtureBytes = (name: string): Uint8Array => new Uint8Array(readFileSync(fixtureDir + name))

/** Runs an adapter directly and collects what it reports. */
export async function parseWith(
  adapter: { parse: (input: Uint8Array, context: { lang: 'zh'; report: (d: never) => void }) => SourceDocument | Promise<SourceDocument> },
  bytes: Uint8Array,
): Promise<{ document: SourceDocument; diagnostics: Array<Omit<Diagnostic, 'ruleId' | 'message' | 'source'> & { text: { zh: string; en: string } }> }> {
  const diagnostics: never[] = []
  const document = await adapter.parse(bytes, { lang: 'zh', report: (d) => void diagnostics.push(d) })
  return { document, diagnostics }
}

export const parseDocxBytes = (bytes: Uint8Array) => parseWith(docx as never, bytes)

export const tablesOf = (document: SourceDocument): Table[] => document.blocks.filter((b): b is Table => b.kind === 'table')
export const paragraphsOf = (document: SourceDocument): string[] =>
  document.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []))

/** Table cells as `row,col → text`, for comparing grids. */
export function gridOf(table: Table): Record<string, string> {
  const out: Record<string, string> = {}
  for (const row of table.rows) for (const cell of row) out[`${cell.location.row},${cell.location.col}`] = cell.text
  return out
}
