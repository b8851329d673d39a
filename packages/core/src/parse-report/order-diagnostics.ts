import type { Diagnostic } from '../diagnostics/types.js'

/**
 * A rule that reports the same cells as a parser finding (T3-5 naming a missing row the mapper also
 * named) says it with the format's authority and severity: the parser's duplicate is dropped.
 */
export function withoutSuperseded(parse: Diagnostic[], rules: Diagnostic[]): Diagnostic[] {
  const claimed = new Set(rules.filter((d) => d.severity !== 'info' && d.keys?.length).map((d) => d.keys!.join('|')))
  if (claimed.size === 0) return parse
  return parse.filter((d) => d.fatal || !d.ruleId.startsWith('parse/') || !d.keys?.length || !claimed.has(d.keys.join('|')))
}

/** Document order: by offset in text, else by paragraph or table/row/column; findings without a place last. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  // The mapper reports in document order: most lists are sorted already and are returned as they are.
  let sorted = true
  for (let i = 1; i < diagnostics.length && sorted; i++) sorted = rank(diagnostics[i - 1]!) <= rank(diagnostics[i]!)
  if (sorted) return diagnostics
  return diagnostics
    .map((diagnostic, index) => ({ diagnostic, index, rank: rank(diagnostic) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.diagnostic)
}

function rank(d: Diagnostic): number {
  const l = d.location
  if (!l) return Number.MAX_SAFE_INTEGER
  if (l.start) return l.start.offset
  return l.paragraph ?? (l.table ?? 0) * 1e6 + (l.row ?? 0) * 1e3 + (l.col ?? 0)
}
