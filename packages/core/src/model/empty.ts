import type { Edition } from './edition.js'
import { cellKeys, setPath } from './paths.js'
import type { Report, Report2019, Report2021 } from './schema.js'

/** A report of the edition with every cell `null` and no text: the start of every mapping. */
export function emptyReport(edition: '2019'): Report2019
export function emptyReport(edition: '2021'): Report2021
export function emptyReport(edition: Edition): Report
export function emptyReport(edition: Edition): Report {
  return clone((templates[edition] ??= buildTemplate(edition))) as Report
}

const templates: Partial<Record<Edition, Record<string, unknown>>> = {}

/** A deep copy of plain data (objects, arrays, primitives): faster than structuredClone for this shape. */
function clone(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) return value.map(clone)
  const out: Record<string, unknown> = {}
  for (const key in value) out[key] = clone((value as Record<string, unknown>)[key])
  return out
}

function buildTemplate(edition: Edition): Record<string, unknown> {
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
  return report
}
