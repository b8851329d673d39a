import type { Diagnostic, Lang } from '../diagnostics/types.js'
import { createSink } from '../diagnostics/create.js'
import { reportParse } from '../diagnostics/parse-report-message.js'
import type { PageMeta, SourceDocument, Table } from '../document/types.js'
import { emptyReport } from '../model/empty.js'
import type { Edition } from '../model/edition.js'
import { sections } from '../model/layout-sections.js'
import type { Report } from '../model/schema.js'
import { createSourceMap, type SourceMap } from '../source-map.js'
import { compactText } from '../text/normalize.js'
import { checkTables } from './check-tables.js'
import { tableFacts } from './cell-facts.js'
import { detectEdition } from './detect-edition.js'
import { mapTables, type PlacedTable } from './map-tables.js'
import { readMetadata } from './metadata.js'
import { sectionText } from './narrative.js'
import { outlineDocument, type FoundHeading } from './outline.js'

export interface MapOptions {
  lang?: Lang
  /** Metadata known from outside the document (a listing page, a URL); the document's own wins. */
  pageMeta?: PageMeta
}

export interface MapResult {
  /** `null` only when the document is not a report at all (see the fatal diagnostic). */
  report: Report | null
  diagnostics: Diagnostic[]
  sourceMap: SourceMap
  /** The section headings found, in order, with where they stand. */
  headings: FoundHeading[]
}

/**
 * The one mapper: a neutral document in, the report model out. Sections are found by their
 * headings, the edition by the table labels, every row by its label and every column by its
 * canonical position; whatever is missing, ambiguous or unknown is reported, never dropped.
 */
export function mapDocument(document: SourceDocument, options: MapOptions = {}): MapResult {
  const diagnostics: Diagnostic[] = []
  const sink = createSink('@zfxxgk/core', options.lang ?? 'zh', diagnostics)
  const sourceMap = createSourceMap()
  const blocks = document.blocks
  const outline = outlineDocument(blocks)
  const tables: PlacedTable[] = []
  blocks.forEach((block, i) => {
    if (block.kind === 'table') tables.push({ table: block, facts: tableFacts(block), section: outline.sectionOf[i] ?? null, index: tables.length + 1 })
  })
  const pageMeta = { ...options.pageMeta, ...document.pageMeta }
  const fail = (): MapResult => ({ report: null, diagnostics, sourceMap, headings: outline.headings })

  if (blocks.every((b) => (b.kind === 'paragraph' ? b.text.trim() === '' : b.rows.every((r) => r.every((c) => c.text.trim() === ''))))) {
    reportParse(sink, 'emptyInput', { fatal: true })
    return fail()
  }
  const signals = detectEdition(tables.map((t) => t.facts))
  const found = readMetadata(blocks, outline, pageMeta)
  const title = found.meta.title ?? ''
  if (tables.length === 0 && /解读|图解/.test(compactText(title))) {
    reportParse(sink, 'aboutReport', { data: { title }, fatal: true })
    return fail()
  }
  if (signals.legacyMarker && !signals.disclosure) {
    reportParse(sink, 'legacyEdition', { data: { marker: signals.legacyMarker }, fatal: true })
    return fail()
  }
  if (outline.headings.length < 2 && !hasReportTable(tables.map((t) => t.table), signals)) {
    reportParse(sink, 'notAReport', { fatal: true })
    return fail()
  }

  const edition = chooseEdition(signals, found.meta.reportYear)
  if (!signals.disclosure && !signals.applications) reportParse(sink, 'editionUnknown', { data: { edition } })
  if (signals.disclosure && signals.applications && signals.disclosure !== signals.applications) {
    reportParse(sink, 'editionMixed', { data: { disclosure: signals.disclosure, applications: signals.applications } })
  }
  const report = emptyReport(edition) as unknown as Record<string, unknown>
  const findings = mapTables(tables, edition, report, sourceMap, sink)
  checkTables(findings, edition, report, sourceMap, sink)

  sections.forEach((section, k) => {
    if (outline.headings.some((h) => h.key === section.key)) return
    // Where the section should have stood: at the next section found, else at the end.
    const next = outline.headings.find((h) => sections.findIndex((s) => s.key === h.key) > k)
    const location = next?.location ?? blocks[blocks.length - 1]?.location
    reportParse(sink, 'sectionMissing', { data: { heading: section.heading }, ...(location ? { location } : {}) })
  })
  for (const heading of outline.headings) {
    if (heading.variant) {
      const expected = sections.find((s) => s.key === heading.key)!.heading
      reportParse(sink, 'headingVariant', { data: { found: heading.text, expected }, location: heading.location, expected, actual: heading.text })
    }
  }
  const signature = new Set(found.signatureBlocks)
  report['meta'] = found.meta
  report['overview'] = sectionText(blocks, outline, 'overview', signature)
  report['problemsImprovements'] = sectionText(blocks, outline, 'problemsImprovements', signature)
  report['otherMatters'] = sectionText(blocks, outline, 'otherMatters', signature)
  return { report: report as unknown as Report, diagnostics, sourceMap, headings: outline.headings }
}

/** Table 二 decides (its shape differs most); then table 三's （六）; then the report year (S4). */
function chooseEdition(signals: ReturnType<typeof detectEdition>, year: number | null): Edition {
  if (signals.disclosure) return signals.disclosure
  if (signals.applications) return signals.applications
  return year === 2019 || year === 2020 ? '2019' : '2021'
}

function hasReportTable(tables: readonly Table[], signals: ReturnType<typeof detectEdition>): boolean {
  return tables.length > 0 && (signals.disclosure !== null || signals.applications !== null || tables.some((t) => t.rows.some((r) => r.some((c) => /本年新收|予以公开|行政复议/.test(compactText(c.text))))))
}
