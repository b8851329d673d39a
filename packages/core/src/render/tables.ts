import { applicantColumns, applicationRowsOf, applicationsHeaderNote } from '../model/layout-applications.js'
import { disclosureRowsOf } from '../model/layout-active-disclosure.js'
import { reviewColumns, reviewGroups } from '../model/layout-review-litigation.js'
import { getPath } from '../model/paths.js'
import type { Cell, ExtensionRow, Report } from '../model/schema.js'
import { formatValue } from './format-value.js'
import type { RenderCell, RenderTable } from './grid.js'

const value = (report: Report, key: string): Cell => (getPath(report, key) ?? null) as Cell

/**
 * Table 二 as one physical table (spec §2.1/2.2): for each 第二十条 item a caption row across the
 * width, a 信息内容 header row, then the data rows; value columns share the width after the
 * label column (2021: 3 slots, 2019: 4 slots with the middle column doubled).
 */
export function disclosureTable(report: Report, blank: string): RenderTable {
  const width = report.edition === '2019' ? 5 : 4
  const rows: RenderCell[][] = []
  let caption: string | null = null
  for (const layout of disclosureRowsOf(report.edition)) {
    const spans = valueSpans(layout.columns.length, width - 1)
    if (layout.caption !== caption) {
      caption = layout.caption
      rows.push([{ text: caption, colSpan: width, header: true }])
      rows.push([{ text: '信息内容', header: true }, ...layout.columns.map((c, i) => ({ text: c.label, colSpan: spans[i]!, header: true }))])
    }
    const unit = layout.key === 'centralizedProcurement' ? (getPath(report, 'activeDisclosure.centralizedProcurement.totalAmountUnit') as string | null) : null
    rows.push([
      { text: layout.label },
      ...layout.columns.map((column, i) => ({
        text: formatValue(value(report, `activeDisclosure.${layout.key}.${column.key}`), blank, column.key === 'totalAmount' ? unit : null),
        colSpan: spans[i]!,
      })),
    ])
  }
  rows.push(...extensionRows(report.extensions, 'activeDisclosure', 1, width - 1))
  return { rows: rows.map((row) => row.map(withoutUnitSpans)) }
}

/**
 * Rows the format does not know (D-T10, kept under `extensions`), printed at the end of their
 * table as written, so that they are read back as the same extension rows.
 */
function extensionRows(extensions: readonly ExtensionRow[], section: ExtensionRow['section'], labelSpan: number, slots: number): RenderCell[][] {
  return extensions
    .filter((row) => row.section === section)
    .map((row) => {
      const values = row.raw.map((text): RenderCell => ({ text }))
      while (values.length < slots) values.push({ text: '' })
      return [{ text: row.label, colSpan: labelSpan }, ...values]
    })
}

/** How n value columns share the slots: evenly, the middle one taking the extra slot (2019: 1·2·1). */
function valueSpans(n: number, slots: number): number[] {
  const base = Math.floor(slots / n)
  const spans = Array<number>(n).fill(base)
  let extra = slots - base * n
  for (let i = Math.floor(n / 2); extra > 0; i = (i + 1) % n, extra--) spans[i]!++
  return spans
}

/**
 * Table 三 (spec §2.3): a 3-row header whose top-left note cell spans 3×3, then the rows with a
 * 3-column label area: 三、本年度办理结果 and （三）–（六） are merged row headers spanning their items.
 */
export function applicationsTable(report: Report, blank: string): RenderTable {
  const rows: RenderCell[][] = [
    [{ text: applicationsHeaderNote, colSpan: 3, rowSpan: 3, header: true }, { text: '申请人情况', colSpan: 7, header: true }],
    [{ text: '自然人', rowSpan: 2, header: true }, { text: '法人或其他组织', colSpan: 5, header: true }, { text: '总计', rowSpan: 2, header: true }],
    applicantColumns.slice(1, 6).map((c) => ({ text: c.label, header: true })),
  ]
  const layouts = applicationRowsOf(report.edition)
  layouts.forEach((layout, index) => {
    const row: RenderCell[] = []
    layout.parents.forEach((parent, depth) => {
      const prefix = layout.parents.slice(0, depth + 1).join('›')
      const sharesPrefix = (other: (typeof layouts)[number]) => other.parents.slice(0, depth + 1).join('›') === prefix
      if (index > 0 && sharesPrefix(layouts[index - 1]!)) return
      let span = 0
      while (index + span < layouts.length && sharesPrefix(layouts[index + span]!)) span++
      row.push({ text: parent, rowSpan: span })
    })
    row.push({ text: layout.label, colSpan: 3 - layout.parents.length })
    for (const column of applicantColumns) row.push({ text: formatValue(value(report, `applications.${layout.key}.${column.key}`), blank) })
    rows.push(row)
  })
  rows.push(...extensionRows(report.extensions, 'applications', 3, applicantColumns.length))
  return { rows: rows.map((row) => row.map(withoutUnitSpans)) }
}

/** Table 四 (spec §2.4): two header rows of groups, one of columns, one data row of 15 cells. */
export function reviewTable(report: Report, blank: string): RenderTable {
  const [review, direct, afterReview] = reviewGroups
  const columnHeaders = reviewColumns.map((c) => ({ text: c.label, header: true }))
  return {
    rows: [
      [{ text: review.label, colSpan: 5, header: true }, { text: direct.parentLabel!, colSpan: 10, header: true }],
      [...reviewColumns.map((c) => ({ text: c.label, rowSpan: 2, header: true })), { text: direct.label, colSpan: 5, header: true }, { text: afterReview.label, colSpan: 5, header: true }],
      [...columnHeaders, ...columnHeaders],
      reviewGroups.flatMap((group) => reviewColumns.map((c) => ({ text: formatValue(value(report, `reviewLitigation.${group.key}.${c.key}`), blank) }))),
    ].map((row) => row.map(withoutUnitSpans)),
  }
}

/** Spans of 1 are left out, so that the HTML carries only the spans that matter. */
function withoutUnitSpans(cell: RenderCell): RenderCell {
  const out: RenderCell = { text: cell.text }
  if (cell.colSpan !== undefined && cell.colSpan !== 1) out.colSpan = cell.colSpan
  if (cell.rowSpan !== undefined && cell.rowSpan !== 1) out.rowSpan = cell.rowSpan
  if (cell.header) out.header = true
  return out
}
