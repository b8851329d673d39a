import type { SourceLocation } from './location.js'

/**
 * The neutral document every adapter produces and the one mapper reads: paragraphs and tables,
 * in reading order. It knows nothing of the report's schema.
 */
export interface SourceDocument {
  /** The adapter that made it: `tab-text`, `pipe-table`, `html`, `docx` … */
  format: string
  blocks: Block[]
  /** Facts the page states outside the report body (发布机构, 发布日期, `<title>` …). */
  pageMeta?: PageMeta
}

export type Block = Paragraph | Table

export interface Paragraph {
  kind: 'paragraph'
  /** The text as a reader sees it, numbering from Word lists included (一、 …). */
  text: string
  location: SourceLocation
}

/**
 * A table as rows of cells. `layout` says how far blank cells can be trusted:
 * - `grid`: spans were resolved (HTML, Word), so a blank cell is a real, empty slot;
 * - `text`: a text rendering that lost its spans (tab-text, pipe-table, Markdown), so blank
 *   cells may be fillers for merged cells and only non-blank cells carry position.
 */
export interface Table {
  kind: 'table'
  layout: 'grid' | 'text'
  rows: TableCell[][]
  location: SourceLocation
}

/** A cell where it starts; the slots it covers through its spans are not repeated. */
export interface TableCell {
  text: string
  location: SourceLocation
  colSpan?: number
  rowSpan?: number
  header?: boolean
}

export interface PageMeta {
  title?: string
  agencyName?: string
  /** ISO `YYYY-MM-DD`. */
  publicationDate?: string
  indexNumber?: string
}
