import type { Node } from 'hast'
import type { SourceLocation } from '@zfxxgk/core'

/** Start and end of a hast node as a SourceLocation (empty when the node has no position). */
export function positionOf(node: Node): SourceLocation {
  const position = node.position
  if (!position) return {}
  const location: SourceLocation = {
    start: { line: position.start.line, column: position.start.column, offset: position.start.offset ?? 0 },
  }
  if (position.end) location.end = { line: position.end.line, column: position.end.column, offset: position.end.offset ?? 0 }
  return location
}
