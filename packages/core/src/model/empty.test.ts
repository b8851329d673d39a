import { describe, expect, it } from 'vitest'
import { emptyApplicantRow, emptyReport } from './empty.js'
import { applicantColumns } from './layout-applications.js'
import { cellKeys, getPath } from './paths.js'
import { ReportSchema } from './schema.js'
import * as v from 'valibot'

describe('emptyReport', () => {
  it('writes the applicant columns of a section 三 row in template order', () => {
    expect(Object.keys(emptyApplicantRow())).toEqual(applicantColumns.map((c) => c.key))
  })

  it.each(['2019', '2021'] as const)('gives a valid %s report with every cell null, and a fresh copy each time', (edition) => {
    const report = emptyReport(edition)
    expect(v.safeParse(ReportSchema, report).success).toBe(true)
    for (const key of cellKeys(edition)) expect(getPath(report, key)).toBeNull()
    const other = emptyReport(edition)
    expect(other).toEqual(report)
    expect(other.applications.newReceived).not.toBe(report.applications.newReceived)
    expect(other.extensions).not.toBe(report.extensions)
  })
})
