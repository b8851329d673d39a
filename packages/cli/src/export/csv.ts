/**
 * Text from a document that starts like a spreadsheet formula (`=`, `+`, `-`, `@`, tab, CR) gets a
 * leading `'`, so opening the CSV in Excel or WPS never runs it (CSV injection). Numbers are
 * written as numbers and never touched.
 */
export function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
}

/** A CSV field as RFC 4180 wants it: quoted when it holds a comma, quote, CR or LF (or edge spaces). */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return ''
  const text = typeof value === 'string' ? neutralizeFormula(value) : String(value)
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** One CSV record, CRLF-terminated (RFC 4180; what Excel writes). */
export function csvRow(values: readonly unknown[]): string {
  return `${values.map(csvField).join(',')}\r\n`
}

/** The UTF-8 byte order mark: without it Excel opens UTF-8 CSV as GBK and garbles Chinese. */
export const utf8Bom = '\uFEFF'

/** A whole table as CSV text: `columns` as the header, then one record per row object. */
export function toCsv(rows: Iterable<Record<string, unknown>>, columns: readonly string[], options: { bom?: boolean } = {}): string {
  let out = (options.bom ? utf8Bom : '') + csvRow(columns)
  for (const row of rows) out += csvRow(columns.map((column) => row[column]))
  return out
}
