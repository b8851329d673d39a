import { defineRule } from '@zfxxgk/core'
import { ruleMakingPower } from '../../lib/agency-level.js'
import { both, docsUrl } from '../../lib/docs.js'

// The three 规章 cells of each edition, built once.
const regulationKeys = {
  '2021': Object.freeze(['issued', 'repealed', 'inForce'].map((column) => `activeDisclosure.regulations.${column}`)),
  '2019': Object.freeze(['newlyMade', 'newlyPublished', 'totalPublished'].map((column) => `activeDisclosure.regulations.${column}`)),
}

/** T2-8: bodies without rule-making power (乡镇, 街道, 县级 governments, local departments) report 规章 as 0. */
export const regulationsRulemakingPower = defineRule({
  meta: {
    id: 'regulations-rulemaking-power',
    spec: 'T2-8',
    type: 'problem',
    level: 'heuristic',
    defaultSeverity: 'warning',
    editions: both,
    docs: {
      description: { zh: '无规章制定权的机关规章数为 0', en: 'Bodies without rule-making power report no 规章' },
      url: docsUrl('regulations-rulemaking-power'),
    },
    messages: {
      regulationsReported: {
        zh: '“{{agency}}”无规章制定权，但表二规章一行为 {{actual}}',
        en: '`{{agency}}` has no power to make 规章, yet table 二 reports {{actual}} in the 规章 row',
      },
    },
  },
  check(report, context) {
    const { power, why } = ruleMakingPower(report.meta)
    if (power === 'has') return
    if (power === 'unknown') {
      context.unassessable(['meta.agencyName', 'meta.agencyType'])
      return
    }
    const keys = regulationKeys[report.edition === '2021' ? '2021' : '2019']
    const values = context.cells(keys)
    if (!values || values.every((value) => value === 0)) return
    const actual = values.join('/')
    context.report({ messageId: 'regulationsReported', keys: [...keys], data: { agency: why, actual }, expected: '0/0/0', actual })
  },
})
