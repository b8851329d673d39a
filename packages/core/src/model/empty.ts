import type { Edition } from './edition.js'
import { cellKeys, setPath } from './paths.js'
import type { Report, Report2019, Report2021 } from './schema.js'

/** A report of the edition with every cell `null` and no text: the start of every mapping. */
export function emptyReport(edition: '2019'): Report2019
export function emptyReport(edition: '2021'): Report2021
export function emptyReport(edition: Edition): Report
export function emptyReport(edition: Edition): Report {
  const report: Record<string, unknown> = {
    edition,
    meta: { title: null, agencyName: null, agencyType: null, reportYear: null, publicationDate: null },
    overview: null,
    problemsImprovements: null,
    otherMatters: null,
    extensions: [],
  }
  for (const key of cellKeys(edition)) setPath(report, key, null)
  if (edition === '2019') setPath(report, 'activeDisclosure.centralizedProcurement.totalAmountUnit', null)
  return report as Report
}
