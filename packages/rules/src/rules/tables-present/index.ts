import { defineRule, sections, type SectionKey } from '@zfxxgk/core'
import { sectionKeys } from '../../lib/keys.js'
import { both, docsUrl } from '../../lib/docs.js'
import { findings, sectionOf } from '../../lib/parse-findings.js'

const tableSections: SectionKey[] = ['activeDisclosure', 'applications', 'reviewLitigation']

/** S3: sections 二, 三 and 四 each hold their table, with values, in the shape of the report's edition. */
export const tablesPresent = defineRule({
  meta: {
    id: 'tables-present',
    spec: 'S3',
    type: 'problem',
    level: 'official',
    defaultSeverity: 'error',
    editions: both,
    docs: {
      description: { zh: '第二、三、四部分各有其表格', en: 'Sections 二, 三 and 四 each hold their table' },
      url: docsUrl('tables-present'),
    },
    messages: {
      tableMissing: { zh: '“{{heading}}”中没有表格', en: 'Missing table in `{{heading}}`' },
      tablesEmpty: { zh: '表格只有标签，没有填写任何数值', en: 'Unexpected tables with labels and no values' },
      editionMixed: { zh: '表格版式混用：{{detail}}', en: 'Unexpected mix of editions in the tables: {{detail}}' },
    },
  },
  check(report, context) {
    const { parseDiagnostics, sourceMap } = context
    if (!parseDiagnostics && !sourceMap) {
      context.unassessable(tableSections)
      return
    }
    const absent = new Set<SectionKey>()
    for (const finding of findings(parseDiagnostics, 'parse/table-missing')) {
      const key = sectionOf(finding)
      if (key) absent.add(key)
    }
    if (sourceMap) {
      for (const section of tableSections) {
        const own = sectionKeys(report.edition).get(section)!
        if (own.every((key) => sourceMap[key]?.status === 'missing')) absent.add(section)
      }
    }
    for (const section of sections) {
      if (absent.has(section.key)) context.report({ messageId: 'tableMissing', keys: [section.key], data: { heading: section.heading } })
    }
    for (const finding of findings(parseDiagnostics, 'parse/tables-empty')) {
      context.report({ messageId: 'tablesEmpty', location: finding.location })
    }
    for (const finding of findings(parseDiagnostics, 'parse/edition-mixed')) {
      context.report({ messageId: 'editionMixed', data: { detail: finding.message }, location: finding.location })
    }
  },
})
