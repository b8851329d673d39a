import type { RuleContext } from '@zfxxgk/core'

export interface RowShape {
  label: string
  keys: string[]
}

/**
 * Rows whose every cell is absent from the document. Only the parser can tell an absent row
 * from a blank one: the source map marks absent cells `missing`; a cell with no source-map entry
 * and no value counts as absent too. Returns `undefined` when there is no source map.
 */
export function missingRows(report: unknown, context: RuleContext, rows: readonly RowShape[]): RowShape[] | undefined {
  const { sourceMap } = context
  if (!sourceMap) return undefined
  return rows.filter((row) =>
    row.keys.every((key) => {
      const source = sourceMap[key]
      if (source) return source.status === 'missing'
      return valueAt(report, key) === null
    }),
  )
}

function valueAt(object: unknown, path: string): unknown {
  let current = object
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<string, unknown>)[part]
  }
  return current ?? null
}
