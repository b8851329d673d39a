import { applicantColumns, applicationRowsOf, getPath, type Edition } from '@zfxxgk/core'

export const columnKeys = applicantColumns.map((column) => column.key)
export const partColumns = columnKeys.filter((key) => key !== 'total')

/** The seven keys of a row of section 三, e.g. `applications.newReceived.*`. */
export function rowKeys(row: string): string[] {
  return columnKeys.map((column) => `applications.${row}.${column}`)
}

/** The label of a column of section 三. */
export function columnLabel(column: string): string {
  return applicantColumns.find((c) => c.key === column)?.label ?? column
}

/** The result rows that add up to （七）总计: the three （六） items in 2021, the single （六） row in 2019. */
export function resultItemRows(edition: Edition): string[] {
  return applicationRowsOf(edition)
    .map((row) => row.key)
    .filter((key) => key.startsWith('results.') && key !== 'results.total')
}

/** A property of an object, `undefined` for anything else: one step of `getPath`. */
export function field(object: unknown, name: string): unknown {
  return object !== null && typeof object === 'object' ? (object as Record<string, unknown>)[name] : undefined
}

/**
 * The rows of （六）其他处理 in a report (its items and 2021's derived total), as `getPath` reads
 * them: the rules that read these rows raw look the rows up once rather than per cell.
 */
export function otherHandlingRows(report: unknown): unknown {
  return getPath(report, 'applications.results.otherHandling')
}

// The three items' totals, whose absence from the source map marks a single （六） row.
const otherItemTotals = ['overdueCorrection', 'unpaidFee', 'other'].map((item) => `applications.results.otherHandling.${item}.total`)

/**
 * A 2021 report whose table 三 has 2019's single （六）其他处理 row (a hybrid, e.g. 洪泽 2024): the
 * parser keeps that row as the （六） total, read from the document rather than derived, and the
 * three 2021 items are not in the document. The sums then use the single row.
 */
export function usesSingleOtherRow(report: { edition: Edition }, sourceMap: Readonly<Record<string, { status?: string }>> | undefined): boolean {
  if (report.edition !== '2021' || !sourceMap) return false
  const total = sourceMap['applications.results.otherHandling.total.total']
  if (!total || total.status === 'derived' || total.status === 'missing') return false
  return otherItemTotals.every((key) => sourceMap[key] === undefined)
}
