import { formatLocation } from '@zfxxgk/core'
import type { Diagnostic, SourceLocation } from '@zfxxgk/core'

/**
 * Where to point a reader: the diagnostic's own location, else that of the first named key whose
 * source is known (rule findings about cells often carry only the cells' sources).
 */
export function placeOf(diagnostic: Diagnostic): SourceLocation | undefined {
  return diagnostic.location ?? diagnostic.sources?.find((source) => source.location)?.location
}

/** `40:3`, `T2 R5 C4`, `P7`, or `-` when nothing is known. */
export function placeText(diagnostic: Diagnostic): string {
  return formatLocation(placeOf(diagnostic)) || '-'
}
