import { cellKeys, getPath } from '@zfxxgk/core'
import type { Report } from '@zfxxgk/core'
import type { ReportMeta } from '../types.js'

/** 2019's 采购总金额 carries its unit as text; exported beside the amount. */
export const procurementUnitKey = 'activeDisclosure.centralizedProcurement.totalAmountUnit'
const procurementAmountKey = 'activeDisclosure.centralizedProcurement.totalAmount'

/** Every exported value key of an edition, in template order. */
export function exportKeys(edition: Report['edition']): string[] {
  const keys = [...cellKeys(edition)]
  const amount = keys.indexOf(procurementAmountKey)
  if (amount >= 0) keys.splice(amount + 1, 0, procurementUnitKey)
  return keys
}

export function reportMeta(report: Report): ReportMeta {
  const { agencyName, reportYear, publicationDate } = report.meta
  return { agencyName, reportYear, edition: report.edition, publicationDate }
}

/** The report's values by canonical key; blank cells are `null`. */
export function reportCells(report: Report): Record<string, number | string | null> {
  const cells: Record<string, number | string | null> = {}
  for (const key of exportKeys(report.edition)) {
    const value = getPath(report, key)
    cells[key] = typeof value === 'number' || typeof value === 'string' ? value : null
  }
  return cells
}
