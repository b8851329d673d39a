import { defineRule, type Edition } from '@zfxxgk/core'
import { both, docsUrl } from '../../lib/docs.js'

/** The edition in force for a report year: 〔2019〕60号 for 2019–2020, 〔2021〕30号 from 2021. */
export function editionFor(year: number): Edition | 'legacy' {
  if (year >= 2021) return '2021'
  if (year >= 2019) return '2019'
  return 'legacy'
}

/** S4: the tables follow the edition in force for the report year. */
export const editionMatchesYear = defineRule({
  meta: {
    id: 'edition-matches-year',
    spec: 'S4',
    type: 'problem',
    level: 'official',
    defaultSeverity: 'error',
    editions: both,
    docs: {
      description: { zh: '表格版式与报告年度相符', en: 'The tables follow the edition in force for the report year' },
      url: docsUrl('edition-matches-year'),
    },
    messages: {
      wrongEdition: {
        zh: '{{year}} 年度报告应使用 {{expected}} 版式（{{notice}}），实际为 {{actual}} 版式',
        en: 'Unexpected {{actual}} edition for a {{year}} report, expected the {{expected}} edition ({{notice}})',
      },
    },
  },
  check(report, context) {
    const year = report.meta.reportYear
    if (year === null) {
      context.unassessable('meta.reportYear')
      return
    }
    const expected = editionFor(year)
    if (expected === report.edition) return
    const notice = expected === '2021' ? '国办公开办函〔2021〕30号' : expected === '2019' ? '国办公开办函〔2019〕60号' : '2019 年以前的格式'
    context.report({ messageId: 'wrongEdition', keys: ['meta.reportYear'], data: { year, expected, actual: report.edition, notice }, expected, actual: report.edition })
  },
})
