import type { DiagnosticSink } from '../diagnostics/create.js'
import { reportParse } from '../diagnostics/parse-report-message.js'
import type { Edition } from '../model/edition.js'
import { applicantColumns, applicationRowsOf } from '../model/layout-applications.js'
import { disclosureRowsOf } from '../model/layout-active-disclosure.js'
import { reviewColumns, reviewLitigationKeys } from '../model/layout-review-litigation.js'
import { sections } from '../model/layout-sections.js'
import { cellKeys, getPath, setPath } from '../model/paths.js'
import type { ExtensionRow } from '../model/schema.js'
import type { SourceMap } from '../source-map.js'
import { editDistance } from '../text/edit-distance.js'
import { applicationColumns, disclosureColumns } from './columns.js'
import type { TableFindings } from './table-findings.js'

/**
 * After the rows are placed: names each missing row (or table), checks the headers against the
 * template, derives 2021's （六） total, and reports blank and empty tables.
 */
export function checkTables(findings: TableFindings, edition: Edition, report: Record<string, unknown>, sourceMap: SourceMap, sink: DiagnosticSink): void {
  reportMissing(findings, edition, sourceMap, sink)
  checkHeaders(findings, sink)
  deriveOtherHandling(findings, edition, report, sourceMap)
  const keys = cellKeys(edition)
  const blank = keys.filter((k) => sourceMap[k]?.status === 'blank').length
  const anyValue = keys.some((k) => sourceMap[k] && sourceMap[k]!.status !== 'blank' && sourceMap[k]!.status !== 'missing' && sourceMap[k]!.status !== 'derived')
  if (findings.families.size > 0 && !anyValue) reportParse(sink, 'tablesEmpty')
  else if (blank > 0) reportParse(sink, 'blankCells', { data: { count: blank } })
}

function at(findings: TableFindings, family: 'disclosure' | 'applications' | 'review') {
  const location = findings.tableLocations[family]
  return location ? { location } : {}
}

function markMissing(keys: string[], sourceMap: SourceMap): void {
  for (const key of keys) sourceMap[key] ??= { raw: '', status: 'missing' }
}

function reportMissing(findings: TableFindings, edition: Edition, sourceMap: SourceMap, sink: DiagnosticSink): void {
  const heading = (key: string) => sections.find((s) => s.key === key)!.heading
  const disclosure = disclosureRowsOf(edition)
  if (!findings.families.has('disclosure')) {
    reportParse(sink, 'tableMissing', { data: { heading: heading('activeDisclosure') } })
    for (const row of disclosure) markMissing(disclosureColumns(edition, row.key)!.map((c) => c.key), sourceMap)
  } else {
    for (const row of disclosure) {
      if (findings.rows.has(`activeDisclosure.${row.key}`)) continue
      const keys = disclosureColumns(edition, row.key)!.map((c) => c.key)
      markMissing(keys, sourceMap)
      reportParse(sink, 'rowMissing', { data: { table: '二', label: row.label }, keys, ...at(findings, 'disclosure') })
    }
  }
  const rows = applicationRowsOf(edition)
  if (!findings.families.has('applications')) {
    reportParse(sink, 'tableMissing', { data: { heading: heading('applications') } })
    for (const row of rows) markMissing(applicationColumns(row.key).map((c) => c.key), sourceMap)
  } else {
    for (const row of rows) {
      if (findings.rows.has(`applications.${row.key}`)) continue
      // 2019's single （六） row in a 2021 report stands for the three items (reported as mixed editions).
      if (edition === '2021' && row.key.startsWith('results.otherHandling.') && findings.rows.has('applications.results.otherHandling.total')) {
        markMissing(applicationColumns(row.key).map((c) => c.key), sourceMap)
        continue
      }
      if (edition === '2019' && row.key === 'results.otherHandling.total' && [...findings.rows.keys()].some((k) => k.startsWith('applications.results.otherHandling.'))) continue
      const keys = applicationColumns(row.key).map((c) => c.key)
      markMissing(keys, sourceMap)
      reportParse(sink, 'rowMissing', { data: { table: '三', label: row.label }, keys, ...at(findings, 'applications') })
    }
  }
  if (!findings.reviewRow) {
    markMissing([...reviewLitigationKeys], sourceMap)
    if (findings.families.has('review')) reportParse(sink, 'rowMissing', { data: { table: '四', label: sink.lang === 'zh' ? '数据行' : 'data row' }, keys: [...reviewLitigationKeys], ...at(findings, 'review') })
    else reportParse(sink, 'tableMissing', { data: { heading: heading('reviewLitigation') } })
  }
}

/** Header texts are checked, never used to place values (spec §4.2 step 6). */
function checkHeaders(findings: TableFindings, sink: DiagnosticSink): void {
  if (findings.rows.size > 0 && findings.families.has('applications') && findings.applicantHeaders.size > 0) {
    for (const column of applicantColumns) {
      if (!findings.applicantHeaders.has(column.key)) reportParse(sink, 'headerColumnMissing', { data: { label: column.label } })
    }
  }
  const expected = [0, 1, 2].flatMap(() => reviewColumns.map((c) => c.label))
  if (findings.reviewHeaders.length !== expected.length) return
  findings.reviewHeaders.forEach(({ text, cell }, i) => {
    const want = expected[i]!
    const fits = want.startsWith(text) || editDistance(text, want, 1) <= 1
    if (!fits) reportParse(sink, 'headerColumnOrder', { data: { table: '四', position: i + 1, found: cell.text.trim(), expected: want }, location: cell.location })
  })
}

/**
 * 2021: （六） has three items and no total row, so the total is their sum (spec §2.3). A 2021
 * report with 2019's single （六） row keeps that row as the total. A 2019 report with 2021's
 * three items gets their sum as its single row, the items themselves kept under extensions.
 */
function deriveOtherHandling(findings: TableFindings, edition: Edition, report: Record<string, unknown>, sourceMap: SourceMap): void {
  const items = ['overdueCorrection', 'unpaidFee', 'other']
  if (findings.rows.has('applications.results.otherHandling.total')) return
  if (edition === '2019' && !items.some((i) => findings.rows.has(`applications.results.otherHandling.${i}`))) return
  for (const column of applicantColumns) {
    const parts = items.map((item) => readNumber(report, `applications.results.otherHandling.${item}.${column.key}`))
    const key = `applications.results.otherHandling.total.${column.key}`
    const complete = parts.every((p): p is number => p !== null)
    setPath(report, key, complete ? parts.reduce((a, b) => a + b, 0) : null)
    sourceMap[key] = { raw: '', status: complete ? 'derived' : 'missing' }
  }
  if (edition === '2019') {
    const extensions = report['extensions'] as ExtensionRow[]
    for (const item of items) {
      const row = readRow(report, `applications.results.otherHandling.${item}`)
      if (row) extensions.push({ section: 'applications', label: findings.rows.get(`applications.results.otherHandling.${item}`)?.text.trim() ?? item, values: row, raw: row.map((v) => (v === null ? '' : String(v))) })
    }
    const handling = (report['applications'] as Record<string, Record<string, Record<string, unknown>>>)['results']!['otherHandling']!
    for (const item of items) delete handling[item]
    for (const key of Object.keys(sourceMap)) if (items.some((i) => key.startsWith(`applications.results.otherHandling.${i}.`))) delete sourceMap[key]
  }
}

function readNumber(report: Record<string, unknown>, path: string): number | null {
  const value = getPath(report, path)
  return typeof value === 'number' ? value : null
}

function readRow(report: Record<string, unknown>, path: string): Array<number | null> | null {
  const values = applicantColumns.map((c) => readNumber(report, `${path}.${c.key}`))
  return values.some((v) => v !== null) ? values : null
}
