import { defineRule } from '@zfxxgk/core'
import { both, docsUrl } from '../../lib/docs.js'
import { perEdition } from '../../lib/keys.js'
import { checkClaims, mismatchMessage, type Claim } from '../../lib/narrative.js'

const count = String.raw`\s*(\d+)\s*(?:件|个|份|项|宗|起)`
const total = String.raw`(?:共计?|累计)?`

function decisions(label: string, key: string, edition: '2019' | '2021'): Claim {
  const readings = [[`activeDisclosure.${key}.decisions`]]
  // 2019's 项目数量 are items, not decisions; a text may quote either, or last year's plus the change.
  if (edition === '2019') readings.push([`activeDisclosure.${key}.priorYearItems`], [`activeDisclosure.${key}.priorYearItems`, `activeDisclosure.${key}.itemsChange`])
  return { topic: label, pattern: new RegExp(String.raw`${label}(?:决定|事项|审批|业务|案件)?${total}${count}`), readings, hints: [label] }
}

/** T2-10: numbers of documents and decisions stated in the text agree with table 二. */
export const disclosureNarrativeCounts = defineRule({
  meta: {
    id: 'disclosure-narrative-counts',
    spec: 'T2-10',
    type: 'suggestion',
    level: 'heuristic',
    defaultSeverity: 'info',
    editions: both,
    docs: {
      description: { zh: '正文中的文件件数与处理决定数与表二一致', en: 'Document and decision counts in the text agree with table 二' },
      url: docsUrl('disclosure-narrative-counts'),
    },
    messages: { mismatch: mismatchMessage },
  },
  check(report, context) {
    checkClaims(report, context, claimsOf(report.edition))
  },
})

const claimsOf = perEdition((edition): Claim[] => {
    const made = edition === '2021' ? 'issued' : 'newlyMade'
    return [
      { topic: '制发规范性文件', pattern: new RegExp(String.raw`(?:制发|印发|出台|制定)了?(?:行政)?规范性文件${total}${count}`), readings: [[`activeDisclosure.normativeDocuments.${made}`]], hints: ['规范性文件'] },
      { topic: '制发规章', pattern: new RegExp(String.raw`(?:制发|印发|出台|制定)了?规章${total}${count}`), readings: [[`activeDisclosure.regulations.${made}`]], hints: ['规章'] },
      decisions('行政许可', 'administrativeLicensing', edition),
      decisions('行政处罚', 'administrativePenalty', edition),
      decisions('行政强制', 'administrativeCoercion', edition),
    ]
})
