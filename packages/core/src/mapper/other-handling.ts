import type { Edition } from '../model/edition.js'
import { applicantColumns } from '../model/layout-applications.js'
import { objectAt } from '../model/paths.js'
import type { ExtensionRow } from '../model/schema.js'
import type { SourceMap } from '../source-map.js'
import type { TableFindings } from './table-findings.js'

/**
 * 2021: （六） has three items and no total row, so the total is their sum (spec §2.3). A 2021
 * report with 2019's single （六） row keeps that row as the total. A 2019 report with 2021's
 * three items gets their sum as its single row, the items themselves kept under extensions.
 */
const otherHandlingItems = ['overdueCorrection', 'unpaidFee', 'other']
const otherHandlingPath = ['applications', 'results', 'otherHandling']
const totalKeys = applicantColumns.map((c) => `applications.results.otherHandling.total.${c.key}`)

export function deriveOtherHandling(findings: TableFindings, edition: Edition, report: Record<string, unknown>, sourceMap: SourceMap): void {
  const items = otherHandlingItems
  if (findings.rows.has('applications.results.otherHandling.total')) return
  if (edition === '2019' && !items.some((i) => findings.rows.has(`applications.results.otherHandling.${i}`))) return
  const handling = objectAt(report, otherHandlingPath)
  const itemRows = items.map((item) => objectAt(handling, [item]))
  const total = objectAt(handling, ['total'])
  applicantColumns.forEach((column, c) => {
    let sum: number | null = 0
    for (const row of itemRows) {
      const value = row[column.key]
      sum = typeof value === 'number' && sum !== null ? sum + value : null
    }
    total[column.key] = sum
    sourceMap[totalKeys[c]!] = { raw: '', status: sum !== null ? 'derived' : 'missing' }
  })
  if (edition === '2019') {
    const extensions = report['extensions'] as ExtensionRow[]
    items.forEach((item, k) => {
      const row = applicantColumns.map((c) => itemRows[k]![c.key])
      const values = row.map((v) => (typeof v === 'number' ? v : null))
      if (values.some((v) => v !== null)) extensions.push({ section: 'applications', label: findings.rows.get(`applications.results.otherHandling.${item}`)?.text.trim() ?? item, values, raw: values.map((v) => (v === null ? '' : String(v))) })
    })
    for (const item of items) delete handling[item]
    for (const key of Object.keys(sourceMap)) {
      if (!items.some((i) => key.startsWith(`applications.results.otherHandling.${i}.`))) continue
      // The items leave the model for extensions: they no longer count as cells read.
      if (sourceMap[key]!.status === 'blank') findings.tally.blank--
      else findings.tally.read--
      delete sourceMap[key]
    }
  }
}
