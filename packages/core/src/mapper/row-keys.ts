import type { Edition } from '../model/edition.js'
import { memoizeText } from '../text/memoize.js'
import type { ColumnSpec } from './assign-row.js'
import { buildApplicationColumns, buildDisclosureColumns } from './columns.js'
import type { LabelContext } from './label-match.js'

// Row keys come from the template: a few dozen strings, each worked out once, so that placing a
// row costs one lookup.

/** A model row as the mapper places it. */
export interface RowSpec {
  /** `activeDisclosure.` or `applications.` and the row key: the row's key in the findings. */
  fullKey: string
  columns: ColumnSpec[]
}

/** A section 三 row, with where it stands: its group (results.withheld.stateSecret → withheld), and whether it is a result. */
export interface ApplicationRowSpec extends RowSpec {
  group: LabelContext['group']
  result: boolean
}

export const applicationRowSpec: (rowKey: string) => ApplicationRowSpec = memoizeText((rowKey) => {
  const parts = rowKey.split('.')
  return {
    fullKey: `applications.${rowKey}`,
    columns: buildApplicationColumns(rowKey),
    group: parts.length === 3 ? (parts[1] as LabelContext['group']) : null,
    result: parts[0] === 'results',
  }
})

/** A section 二 row of this edition, or null if the edition has no such row. */
export function disclosureRowSpec(edition: Edition, rowKey: string): RowSpec | null {
  return disclosureRowSpecIn[edition](rowKey)
}

const disclosureRowSpecIn: Record<Edition, (rowKey: string) => RowSpec | null> = {
  '2019': memoizeText((rowKey) => buildDisclosureRowSpec('2019', rowKey)),
  '2021': memoizeText((rowKey) => buildDisclosureRowSpec('2021', rowKey)),
}

function buildDisclosureRowSpec(edition: Edition, rowKey: string): RowSpec | null {
  const columns = buildDisclosureColumns(edition, rowKey)
  return columns ? { fullKey: `activeDisclosure.${rowKey}`, columns } : null
}
