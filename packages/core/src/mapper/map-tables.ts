import type { Table, TableCell } from '../document/types.js'
import type { DiagnosticSink } from '../diagnostics/create.js'
import { reportParse } from '../diagnostics/parse-report-message.js'
import type { Edition } from '../model/edition.js'
import { applicationRowsOf } from '../model/layout-applications.js'
import type { ExtensionRow } from '../model/schema.js'
import type { SectionKey } from '../model/layout-sections.js'
import type { SourceMap } from '../source-map.js'
import { parseCellValue } from '../text/cell-value.js'
import { assignRow, type Destination } from './assign-row.js'
import { classifyLabel } from './classify-label.js'
import { reviewColumnSpecs } from './columns.js'
import type { Family, LabelContext } from './label-match.js'
import { isBlank, type TableFacts } from './cell-facts.js'
import { logicalRows, type LogicalRow } from './logical-rows.js'
import { applicationRowSpec, disclosureRowSpec, type RowSpec } from './row-keys.js'
import { tableName, type TableFindings } from './table-findings.js'

export interface PlacedTable {
  table: Table
  /** Its cells' facts, read once. */
  facts: TableFacts
  section: SectionKey | null
  /** 1-based index among the document's tables. */
  index: number
}

const familyOfSection: Partial<Record<SectionKey, Family>> = {
  activeDisclosure: 'disclosure',
  applications: 'applications',
  reviewLitigation: 'review',
}

/**
 * Maps every report table onto the model, row by row, anchored on labels. A table is read in the
 * family (二/三/四) its labels say, starting from the section it stands in; rows the format does
 * not know go to `extensions`.
 */
export function mapTables(
  tables: readonly PlacedTable[],
  edition: Edition,
  report: Record<string, unknown>,
  sourceMap: SourceMap,
  sink: DiagnosticSink,
): TableFindings {
  const findings: TableFindings = { rows: new Map(), families: new Set(), applicantHeaders: new Set(), reviewHeaders: [], reviewRow: false, tableLocations: {}, tally: { blank: 0, read: 0 } }
  const destination: Destination = { report, sourceMap, sink, tally: findings.tally }
  const context: LabelContext = { family: null, group: null, seenResults: false }
  const extensions = report['extensions'] as ExtensionRow[]
  const indexOf = new Map(tables.map((t) => [t.table, t.index]))

  for (const placed of tables) {
    if (!hasReportLabel(placed.facts)) {
      reportParse(sink, 'tableIgnored', { data: { table: placed.index }, location: placed.table.location })
      continue
    }
    context.family = (placed.section && familyOfSection[placed.section]) ?? context.family
    context.group = null
    for (const row of logicalRows(placed.table, placed.facts)) mapRow(row)
  }
  return findings

  function mapRow(row: LogicalRow): void {
    /** The row a label names; `spec` is null for a section 二 row the edition does not have. */
    let target: { family: Family; cell: TableCell; spec: RowSpec | null } | null = null
    let lastGroup: { name: string; cell: TableCell } | null = null
    const unknown: TableCell[] = []
    for (let i = 0; i < row.labels.length; i++) {
      const cell = row.labels[i]!
      const facts = row.labelFacts[i]!
      const match = classifyLabel(facts, context)
      if (!match) {
        if (cell.text.trim() !== '') unknown.push(cell)
        continue
      }
      if (match.family !== context.family || !findings.families.has(match.family)) {
        context.family = match.family
        findings.families.add(match.family)
        findings.tableLocations[match.family] ??= row.table.location
      }
      if (match.kind === 'group') {
        context.group = match.group === 'results' ? null : match.group
        lastGroup = { name: match.group, cell }
        target = null
      } else if (match.kind === 'row') {
        if (match.family === 'applications') {
          const spec = applicationRowSpec(match.key)
          context.group = spec.group
          if (spec.result) context.seenResults = true
          target = { family: match.family, cell, spec }
        } else {
          target = { family: match.family, cell, spec: disclosureRowSpec(edition, match.key) }
        }
      } else if (match.family === 'applications' && match.column) {
        findings.applicantHeaders.add(match.column)
      } else if (match.family === 'review' && !/复议|诉讼|起诉/.test(facts.label)) {
        findings.reviewHeaders.push({ text: facts.label, cell })
      }
    }
    const hasValues = row.filled > 0
    const layout = row.table.layout

    if (target?.family === 'applications') return place('三', target.spec!, target.cell, row, layout)
    if (target?.family === 'disclosure') {
      if (target.spec) return place('二', target.spec, target.cell, row, layout)
      if (hasValues) return extend('activeDisclosure', [target.cell], row, 'rowOutOfEdition')
      return
    }
    // 2019's （六）其他处理 is a row, not a group; in a grid its blank cells are real (not filled) slots.
    const blankOtherHandling2019 = edition === '2019' && layout === 'grid' && lastGroup?.name === 'otherHandling'
    if (!hasValues && !blankOtherHandling2019) return
    if (lastGroup?.name === 'otherHandling') {
      context.seenResults = true
      return place('三', applicationRowSpec('results.otherHandling.total'), lastGroup.cell, row, layout)
    }
    if (context.family === 'review' && unknown.length === 0) {
      if (findings.reviewRow) return stray(row)
      findings.reviewRow = true
      findings.families.add('review')
      return void assignRow({ label: '行政复议、行政诉讼', table: '四', columns: reviewColumnSpecs(), labelCell: undefined, values: row.values, filled: row.filled, layout }, destination)
    }
    if (unknown.length > 0 && context.family) return extend(sectionOfFamily(context.family), unknown, row, 'extensionRow')
    if (lastGroup) return extend('applications', [lastGroup.cell], row, 'extensionRow')
    if (context.family === 'applications') return placeUnlabeled(row)
    stray(row)
  }

  function place(table: string, { fullKey, columns }: RowSpec, labelCell: TableCell, row: LogicalRow, layout: 'grid' | 'text'): void {
    if (findings.rows.has(fullKey)) {
      if (row.filled > 0) reportParse(sink, 'rowDuplicated', { data: { label: labelCell.text.trim() }, location: labelCell.location })
      return
    }
    findings.rows.set(fullKey, labelCell)
    assignRow({ label: null, table, columns, labelCell, values: row.values, filled: row.filled, layout }, destination)
  }

  function placeUnlabeled(row: LogicalRow): void {
    const next = applicationRowsOf(edition).find((r) => !findings.rows.has(applicationRowSpec(r.key).fullKey))
    const filled = row.values.filter((cell) => !isBlank(cell))
    if (!next || filled.length !== 7) return stray(row)
    const { fullKey, columns } = applicationRowSpec(next.key)
    reportParse(sink, 'unlabeledValues', { data: { label: next.label }, location: filled[0]!.location, keys: columns.map((c) => c.key) })
    findings.rows.set(fullKey, filled[0]!)
    assignRow({ label: next.label, table: '三', columns, labelCell: undefined, values: row.values, filled: row.filled, layout: row.table.layout }, destination)
  }

  function extend(section: ExtensionRow['section'], labelCells: TableCell[], row: LogicalRow, id: 'extensionRow' | 'rowOutOfEdition'): void {
    const label = labelCells.map((c) => c.text.trim()).join(' ')
    const cells = row.values.filter((cell) => !isBlank(cell))
    extensions.push({ section, label, values: cells.map((c) => parseCellValue(c.text).value), raw: cells.map((c) => c.text) })
    reportParse(sink, id, { data: { label, table: tableName(section), edition }, location: labelCells[0]!.location })
  }

  function stray(row: LogicalRow): void {
    const cells = row.values.filter((cell) => !isBlank(cell))
    if (cells.length === 0) return
    const index = indexOf.get(row.table) ?? 0
    reportParse(sink, 'strayValues', { data: { table: index, values: cells.map((c) => c.text.trim()).join(' ') }, location: cells[0]!.location })
  }
}

function sectionOfFamily(family: Family): ExtensionRow['section'] {
  return family === 'disclosure' ? 'activeDisclosure' : family === 'applications' ? 'applications' : 'reviewLitigation'
}

/** Whether any cell of the table is a label of the format; other tables are not the report's. */
function hasReportLabel(facts: TableFacts): boolean {
  const context: LabelContext = { family: null, group: null, seenResults: false }
  return facts.some((row) => row.some((cell) => cell.kind === 'label' && cell.label.length >= 2 && cell.label.length <= 80 && classifyLabel(cell, context) !== null))
}
