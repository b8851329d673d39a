import { defineRule, disclosureRowsOf } from '@zfxxgk/core'
import { both, docsUrl } from '../../lib/docs.js'
import { perEdition } from '../../lib/keys.js'
import { missingRows } from '../../lib/missing-rows.js'
import { findings } from '../../lib/parse-findings.js'

const shapes = perEdition((edition) =>
  disclosureRowsOf(edition).map((row) => ({ label: row.label, caption: row.caption, keys: row.columns.map((c) => `activeDisclosure.${row.key}.${c.key}`) })),
)

/** T2-2: table 二 has every row of its edition: 10 cells in 2021, 22 cells including (九) in 2019. */
export const disclosureShape = defineRule({
  meta: {
    id: 'disclosure-shape',
    spec: 'T2-2',
    type: 'problem',
    level: 'official',
    defaultSeverity: 'error',
    editions: both,
    docs: {
      description: { zh: '表二包含本版式的全部行', en: 'Table 二 has every row of its edition' },
      url: docsUrl('disclosure-shape'),
    },
    messages: {
      rowMissing: {
        zh: '表二缺少{{caption}}的行“{{label}}”',
        en: 'Missing row `{{label}}` ({{caption}}) in table 二',
      },
    },
  },
  check(report, context) {
    const rows = shapes(report.edition)
    const missing = missingRows(report, context, rows)
    if (!missing) {
      context.unassessable('activeDisclosure')
      return
    }
    // An absent row has no place of its own: point where the parser saw the table.
    const parserRows = findings(context.parseDiagnostics, 'parse/row-missing')
    const where = (key: string) => parserRows.find((d) => d.keys?.[0] === key)?.location
    for (const row of missing as typeof rows) {
      context.report({ messageId: 'rowMissing', keys: row.keys, data: { label: row.label, caption: row.caption }, expected: row.label, location: where(row.keys[0]!) })
    }
  },
})
