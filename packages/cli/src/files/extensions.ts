/** File name endings the CLI reads when it walks a directory (lower case, without the dot). */
export const reportExtensions: readonly string[] = ['txt', 'md', 'markdown', 'html', 'htm', 'shtml', 'docx', 'doc']

export function hasReportExtension(fileName: string): boolean {
  const dot = fileName.lastIndexOf('.')
  if (dot < 0) return false
  return reportExtensions.includes(fileName.slice(dot + 1).toLowerCase())
}
