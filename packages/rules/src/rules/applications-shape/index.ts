import { applicationRowsOf, defineRule } from '@zfxxgk/core'
import { rowKeys } from '../../lib/applications.js'
import { both, docsUrl } from '../../lib/docs.js'
import { perEdition } from '../../lib/keys.js'
import { missingRows } from '../../lib/missing-rows.js'
import { findings } from '../../lib/parse-findings.js'

const shapes = perEdition((edition) =>
  applicationRowsOf(edition).map((row) => ({ label: row.parents.length > 1 ? `${row.parents[row.parents.length - 1]} ${row.label}` : row.label, keys: rowKeys(row.key) })),
)

/** T3-5: table 三 has every row of its edition (25 in 2021, 23 in 2019), seven value columns each. */
export const applicationsShape = defineRule({
  meta: {
    id: 'applications-shape',
    spec: 'T3-5',
    type: 'problem',
    level: 'official',
    defaultSeverity: 'error',
    editions: both,
    docs: {
      description: { zh: '表三包含本版式的全部行', en: 'Table 三 has every row of its edition' },
      url: docsUrl('applications-shape'),
    },
    messages: {
      rowMissing: {
        zh: '表三缺少行“{{label}}”（{{edition}} 版式共 {{rows}} 行）',
        en: 'Missing row `{{label}}` in table 三 (the {{edition}} edition has {{rows}} rows)',
      },
    },
  },
  check(report, context) {
    const rows = shapes(report.edition)
    const missing = missingRows(report, context, rows)
    if (!missing) {
      context.unassessable('applications')
      return
    }
    // An absent row has no place of its own: point where the parser saw the table.
    const parserRows = findings(context.parseDiagnostics, 'parse/row-missing')
    const where = (key: string) => parserRows.find((d) => d.keys?.[0] === key)?.location
    for (const row of missing) {
      context.report({ messageId: 'rowMissing', keys: row.keys, data: { label: row.label, edition: report.edition, rows: rows.length }, expected: row.label, location: where(row.keys[0]!) })
    }
  },
})
