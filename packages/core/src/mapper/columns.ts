import type { Edition } from '../model/edition.js'
import { applicantColumns } from '../model/layout-applications.js'
import { disclosureRowsOf } from '../model/layout-active-disclosure.js'
import { reviewLitigationKeys } from '../model/layout-review-litigation.js'
import { memoizeText } from '../text/memoize.js'
import type { ColumnSpec } from './assign-row.js'

// The columns of one row share one parent path (the same array), so a row's object is found once.
const parentPath = memoizeText((key): readonly string[] => key.split('.'))

// Built once per row key by the row specs (row-keys.ts), which keep them: the same key strings
// every time, so lookups by key stay cheap.

/** The canonical value columns of a section 三 row. */
export function buildApplicationColumns(rowKey: string): ColumnSpec[] {
  return applicantColumns.map((c) => countColumn(`applications.${rowKey}.${c.key}`))
}

/** The canonical value columns of a section 二 row in this edition, or null if it has no such row. */
export function buildDisclosureColumns(edition: Edition, rowKey: string): ColumnSpec[] | null {
  const row = disclosureRowsOf(edition).find((r) => r.key === rowKey)
  if (!row) return null
  return row.columns.map((c) => ({
    ...countColumn(`activeDisclosure.${rowKey}.${c.key}`),
    kind: c.kind,
    ...(c.key === 'amountWanYuan' ? { unit: '万元' } : {}),
    ...(rowKey === 'centralizedProcurement' && c.key === 'totalAmount' ? { unitKey: 'activeDisclosure.centralizedProcurement.totalAmountUnit' } : {}),
  }))
}

/** Section 四's one data row: 15 columns in canonical order. */
export function reviewColumnSpecs(): ColumnSpec[] {
  return reviewSpecs
}

const reviewSpecs: ColumnSpec[] = reviewLitigationKeys.map(countColumn)

function countColumn(key: string): ColumnSpec {
  const dot = key.lastIndexOf('.')
  return { key, parent: parentPath(key.slice(0, dot)), leaf: key.slice(dot + 1), kind: 'count' }
}
