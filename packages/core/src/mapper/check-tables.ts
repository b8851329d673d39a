import type { DiagnosticSink } from '../diagnostics/create.js'
import { reportParse } from '../diagnostics/parse-report-message.js'
import type { Edition } from '../model/edition.js'
import { applicantColumns, applicationRowsOf } from '../model/layout-applications.js'
import { disclosureRowsOf } from '../model/layout-active-disclosure.js'
import { reviewColumns, reviewLitigationKeys } from '../model/layout-review-litigation.js'
import { sections } from '../model/layout-sections.js'
import type { SourceMap } from '../source-map.js'
import { editDistance } from '../text/edit-distance.js'
import { applicationRowSpec, disclosureRowSpec } from './row-keys.js'
import { deriveOtherHandling } from './other-handling.js'
import type { TableFindings } from './table-findings.js'

/**
 * After the rows are placed: names each missing row (or table), checks the headers against the
 * template, derives 2021's （六） total, and reports blank and empty tables.
 */
export function checkTables(findings: TableFindings, edition: Edition, report: Record<string, unknown>, sourceMap: SourceMap, sink: DiagnosticSink): void {
  reportMissing(findings, edition, sourceMap, sink)
  checkHeaders(findings, sink)
  deriveOtherHandling(findings, edition, report, sourceMap)
  const blank = findings.tally.blank
  const anyValue = findings.tally.read > 0
  if (findings.families.size > 0 && !anyValue) reportParse(sink, 'tablesEmpty')
  else if (blank > 0) reportParse(sink, 'blankCells', { data: { count: blank } })
}

function at(findings: TableFindings, family: 'disclosure' | 'applications' | 'review') {
  const location = findings.tableLocations[family]
  return location ? { location } : {}
}

/** A template row with its key in `findings.rows` and its cells' keys, built once per edition. */
interface TemplateRow {
  label: string
  rowKey: string
  fullKey: string
  keys: string[]
}

const templateRows: Partial<Record<string, TemplateRow[]>> = {}

function rowsOf(table: 'activeDisclosure' | 'applications', edition: Edition): TemplateRow[] {
  return (templateRows[`${table}:${edition}`] ??= buildTemplateRows(table, edition))
}

function buildTemplateRows(table: 'activeDisclosure' | 'applications', edition: Edition): TemplateRow[] {
  const layout = table === 'activeDisclosure' ? disclosureRowsOf(edition) : applicationRowsOf(edition)
  return layout.map((row) => ({
    label: row.label,
    rowKey: row.key,
    fullKey: `${table}.${row.key}`,
    keys: (table === 'activeDisclosure' ? disclosureRowSpec(edition, row.key)! : applicationRowSpec(row.key)).columns.map((c) => c.key),
  }))
}

function markMissing(keys: readonly string[], sourceMap: SourceMap): void {
  for (const key of keys) sourceMap[key] ??= { raw: '', status: 'missing' }
}

function reportMissing(findings: TableFindings, edition: Edition, sourceMap: SourceMap, sink: DiagnosticSink): void {
  const heading = (key: string) => sections.find((s) => s.key === key)!.heading
  const disclosure = rowsOf('activeDisclosure', edition)
  if (!findings.families.has('disclosure')) {
    reportParse(sink, 'tableMissing', { data: { heading: heading('activeDisclosure') } })
    for (const row of disclosure) markMissing(row.keys, sourceMap)
  } else {
    for (const row of disclosure) {
      if (findings.rows.has(row.fullKey)) continue
      markMissing(row.keys, sourceMap)
      reportParse(sink, 'rowMissing', { data: { table: '二', label: row.label }, keys: [...row.keys], ...at(findings, 'disclosure') })
    }
  }
  const rows = rowsOf('applications', edition)
  if (!findings.families.has('applications')) {
    reportParse(sink, 'tableMissing', { data: { heading: heading('applications') } })
    for (const row of rows) markMissing(row.keys, sourceMap)
  } else {
    for (const row of rows) {
      if (findings.rows.has(row.fullKey)) continue
      // 2019's single （六） row in a 2021 report stands for the three items (reported as mixed editions).
      if (edition === '2021' && row.rowKey.startsWith('results.otherHandling.') && findings.rows.has('applications.results.otherHandling.total')) {
        markMissing(row.keys, sourceMap)
        continue
      }
      if (edition === '2019' && row.rowKey === 'results.otherHandling.total' && [...findings.rows.keys()].some((k) => k.startsWith('applications.results.otherHandling.'))) continue
      markMissing(row.keys, sourceMap)
      reportParse(sink, 'rowMissing', { data: { table: '三', label: row.label }, keys: [...row.keys], ...at(findings, 'applications') })
    }
  }
  if (!findings.reviewRow) {
    markMissing([...reviewLitigationKeys], sourceMap)
    if (findings.families.has('review')) reportParse(sink, 'rowMissing', { data: { table: '四', label: sink.lang === 'zh' ? '数据行' : 'data row' }, keys: [...reviewLitigationKeys], ...at(findings, 'review') })
    else reportParse(sink, 'tableMissing', { data: { heading: heading('reviewLitigation') } })
  }
}

// Section 四's header row: the five result columns under each of its three groups.
const reviewHeaderLabels = [0, 1, 2].flatMap(() => reviewColumns.map((c) => c.label))

/** Header texts are checked, never used to place values (spec §4.2 step 6). */
function checkHeaders(findings: TableFindings, sink: DiagnosticSink): void {
  if (findings.rows.size > 0 && findings.families.has('applications') && findings.applicantHeaders.size > 0) {
    for (const column of applicantColumns) {
      if (!findings.applicantHeaders.has(column.key)) reportParse(sink, 'headerColumnMissing', { data: { label: column.label } })
    }
  }
  const expected = reviewHeaderLabels
  if (findings.reviewHeaders.length !== expected.length) return
  findings.reviewHeaders.forEach(({ text, cell }, i) => {
    const want = expected[i]!
    const fits = want.startsWith(text) || editDistance(text, want, 1) <= 1
    if (!fits) reportParse(sink, 'headerColumnOrder', { data: { table: '四', position: i + 1, found: cell.text.trim(), expected: want }, location: cell.location })
  })
}
