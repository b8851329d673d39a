import { applicantColumns, applicationRowsOf, type Edition } from '@zfxxgk/core'

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
