import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Adapter, SourceDocument, SourceLocation, Table } from '@zfxxgk/core'
import { zipSync, strToU8 } from 'fflate'
import { docx } from '../../src/docx/index.js'

export const fixtureDir = fileURLToPath(new URL('../fixtures/docx/', import.meta.url))
export const fixtureBytes = (name: string): Uint8Array => new Uint8Array(readFileSync(fixtureDir + name))

export interface Reported {
  messageId: string
  severity: string
  data?: Record<string, unknown>
  location?: SourceLocation
  fatal?: boolean
  text: { zh: string; en: string }
}

/** Runs an adapter as parseReport would and keeps what it reports. */
export async function parseWith(adapter: Adapter, bytes: Uint8Array): Promise<{ document: SourceDocument; reported: Reported[] }> {
  const reported: Reported[] = []
  const document = await adapter.parse(bytes, { lang: 'zh', report: (d) => void reported.push(d as Reported) })
  return { document, reported }
}

export const parseDocx = (bytes: Uint8Array) => parseWith(docx, bytes)

export const tablesOf = (document: SourceDocument): Table[] => document.blocks.filter((b): b is Table => b.kind === 'table')
export const paragraphsOf = (document: SourceDocument): string[] =>
  document.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []))

/** Cells as `R<row>C<col>[ span]: text`, in row order: positions, spans and texts in one readable list. */
export function cellList(table: Table): string[] {
  return table.rows.flatMap((row) =>
    row.map((c) => {
      const spans = `${(c.colSpan ?? 1) > 1 ? ` cs${c.colSpan}` : ''}${(c.rowSpan ?? 1) > 1 ? ` rs${c.rowSpan}` : ''}`
      return `R${c.location.row}C${c.location.col}${spans}: ${c.text}`
    }),
  )
}

export const wordNs = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
export const strictNs = 'http://purl.oclc.org/ooxml/wordprocessingml/main'

/** A minimal but complete WordprocessingML package around a body, zipped with fflate. */
export function makeDocx(
  body: string,
  options: { numbering?: string; styles?: string; namespace?: string; prolog?: string; extra?: Record<string, string> } = {},
): Uint8Array {
  const ns = options.namespace ?? wordNs
  const relType = ns === strictNs ? 'http://purl.oclc.org/ooxml/officeDocument/relationships' : 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
  const partRels = [
    options.numbering ? `<Relationship Id="rId1" Type="${relType}/numbering" Target="numbering.xml"/>` : '',
    options.styles ? `<Relationship Id="rId2" Type="${relType}/styles" Target="/word/styles.xml"/>` : '',
  ].join('')
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    '_rels/.rels': strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relType}/officeDocument" Target="word/main.xml"/></Relationships>`,
    ),
    'word/_rels/main.xml.rels': strToU8(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${partRels}</Relationships>`),
    'word/main.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?>${options.prolog ?? ''}<w:document xmlns:w="${ns}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>${body}</w:body></w:document>`,
    ),
  }
  if (options.numbering) files['word/numbering.xml'] = strToU8(`<?xml version="1.0"?><w:numbering xmlns:w="${ns}">${options.numbering}</w:numbering>`)
  if (options.styles) files['word/styles.xml'] = strToU8(`<?xml version="1.0"?><w:styles xmlns:w="${ns}">${options.styles}</w:styles>`)
  for (const [name, text] of Object.entries(options.extra ?? {})) files[name] = strToU8(text)
  return zipSync(files)
}

/** `<w:p>` with one run of text per argument. */
export const p = (...runs: string[]) => `<w:p>${runs.map((t) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`).join('')}</w:p>`

/** A cell: `props` goes into `w:tcPr`. */
export const tc = (text: string, props = '') => `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}${p(text)}</w:tc>`
