/** A place in a text source: 1-based line and column, 0-based offset (as unist and vfile). */
export interface Point {
  line: number
  column: number
  offset: number
}

/**
 * Where something came from. Text formats fill `start`/`end`; table cells fill `table`, `row`
 * and `col` (1-based, grid positions after spans are resolved); Word fills `paragraph` for
 * paragraphs and `table`/`row`/`col` for cells, as it has no lines.
 */
export interface SourceLocation {
  start?: Point
  end?: Point
  table?: number
  row?: number
  col?: number
  paragraph?: number
}

/** `12:3`, `T2 R5 C4`, `P7`: the short form used in messages. */
export function formatLocation(location: SourceLocation | undefined): string {
  if (!location) return ''
  const parts: string[] = []
  if (location.start) parts.push(`${location.start.line}:${location.start.column}`)
  if (location.table !== undefined) {
    let cell = `T${location.table}`
    if (location.row !== undefined) cell += ` R${location.row}`
    if (location.col !== undefined) cell += ` C${location.col}`
    parts.push(cell)
  }
  if (location.paragraph !== undefined && location.table === undefined) parts.push(`P${location.paragraph}`)
  return parts.join(' ')
}
