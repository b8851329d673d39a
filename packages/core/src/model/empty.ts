import type { Edition } from './edition.js'
import { applicantColumns, type ApplicantColumnKey } from './layout-applications.js'
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
  if (applicantRowTemplates.has(value)) return emptyApplicantRow()
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
  markApplicantRows(report['applications'] as Record<string, unknown>)
  return report
}

/**
 * One row of section 三 (its seven applicant columns, in template order) as a literal: the
 * engine copies a literal's shape in one step, three times faster than copying key by key,
 * and every row then shares one shape, which keeps writing its cells fast.
 */
export function emptyApplicantRow(): Record<ApplicantColumnKey, null> {
  return { naturalPerson: null, commercialEnterprise: null, researchInstitution: null, publicWelfareOrg: null, legalServiceOrg: null, otherOrg: null, total: null }
}

// The template's applicant rows, which `clone` makes with `emptyApplicantRow`.
const applicantRowTemplates = new WeakSet<object>()
const applicantKeys = applicantColumns.map((c) => c.key).join()

function markApplicantRows(node: Record<string, unknown>): void {
  for (const key in node) {
    const child = node[key]
    if (child === null || typeof child !== 'object' || Array.isArray(child)) continue
    if (Object.keys(child).join() === applicantKeys) applicantRowTemplates.add(child)
    else markApplicantRows(child as Record<string, unknown>)
  }
}
