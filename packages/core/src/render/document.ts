import { sections } from '../model/layout-sections.js'
import type { Report } from '../model/schema.js'
import type { RenderTable } from './grid.js'
import { applicationsTable, disclosureTable, reviewTable } from './tables.js'

export type RenderBlock =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; table: RenderTable }
  /** A 落款 line (agency, date), set to the right in HTML. */
  | { kind: 'signature'; text: string }

/**
 * The report in the order of the official format, independent of the output syntax: title,
 * the six headings with the narrative paragraphs or the tables under them, and the 落款
 * (agency and date) when the publication date is known.
 */
export function reportBlocks(report: Report, blank: string): RenderBlock[] {
  const blocks: RenderBlock[] = [{ kind: 'title', text: titleOf(report) }]
  const tables: Record<string, () => RenderTable> = {
    activeDisclosure: () => disclosureTable(report, blank),
    applications: () => applicationsTable(report, blank),
    reviewLitigation: () => reviewTable(report, blank),
  }
  for (const section of sections) {
    blocks.push({ kind: 'heading', text: section.heading })
    const table = tables[section.key]
    if (table) {
      blocks.push({ kind: 'table', table: table() })
      continue
    }
    const text = report[section.key as 'overview' | 'problemsImprovements' | 'otherMatters']
    for (const line of paragraphs(text)) blocks.push({ kind: 'paragraph', text: line })
  }
  const { agencyName, publicationDate } = report.meta
  if (publicationDate) {
    if (agencyName) blocks.push({ kind: 'signature', text: agencyName })
    blocks.push({ kind: 'signature', text: chineseDate(publicationDate) })
  }
  return blocks
}

/** The title as given, else built the official way: 〈机关〉〈年〉年政府信息公开工作年度报告. */
function titleOf(report: Report): string {
  const { title, agencyName, reportYear } = report.meta
  if (title) return title
  return `${agencyName ?? ''}${reportYear !== null ? `${reportYear}年` : ''}政府信息公开工作年度报告`
}

function paragraphs(text: string | null): string[] {
  return (text ?? '').split('\n').map((line) => line.trim()).filter((line) => line !== '')
}

/** `2025-01-10` → `2025年1月10日`, as a 落款 is written. */
function chineseDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number)
  return `${year}年${month}月${day}日`
}
