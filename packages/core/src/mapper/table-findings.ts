import type { SourceLocation } from '../document/location.js'
import type { TableCell } from '../document/types.js'
import type { ExtensionRow } from '../model/schema.js'
import type { CellTally } from './assign-row.js'
import type { Family } from './label-match.js'

/** What mapping the tables found, for the checks that follow (missing rows, headers). */
export interface TableFindings {
  /** Row key (e.g. `applications.results.granted`) → its label cell. */
  rows: Map<string, TableCell>
  families: Set<Family>
  applicantHeaders: Set<string>
  reviewHeaders: Array<{ text: string; cell: TableCell }>
  reviewRow: boolean
  /** Where each family's table stands, to locate what is missing from it. */
  tableLocations: Partial<Record<Family, SourceLocation>>
  /** The cells read into the model so far. */
  tally: CellTally
}

export function tableName(section: ExtensionRow['section']): string {
  return section === 'activeDisclosure' ? '二' : section === 'applications' ? '三' : '四'
}
