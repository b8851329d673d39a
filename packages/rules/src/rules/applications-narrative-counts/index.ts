import { defineRule } from '@zfxxgk/core'
import { both, docsUrl } from '../../lib/docs.js'
import { checkClaims, mismatchMessage, type Claim } from '../../lib/narrative.js'
import { findQuotes, locate, shorten } from '../../lib/text.js'

const count = String.raw`\s*(\d+)\s*(?:件|条|份|个|宗|次)`
const gap = String.raw`[^。；，,\d]{0,15}?`
const claims: Claim[] = [
  {
    topic: '收到申请',
    pattern: new RegExp(String.raw`(?:新)?(?:收到|受理|接收|接到)${gap}申请${gap}${count}`),
    readings: [['applications.newReceived.total'], ['applications.newReceived.total', 'applications.carriedOver.total']],
    hints: ['申请'],
  },
  { topic: '办结申请', pattern: new RegExp(String.raw`(?:办结|答复|办理完毕)${gap}${count}`), readings: [['applications.results.total.total']], hints: ['办结', '答复', '办理完毕'] },
  {
    topic: '结转下年度',
    pattern: new RegExp(String.raw`(?:结转|顺延)(?:至|到)?下(?:一)?年度?${gap}${count}`),
    readings: [['applications.carriedForward.total']],
    hints: ['结转', '顺延'],
  },
  { topic: '予以公开', pattern: new RegExp(String.raw`予以公开${count}`), readings: [['applications.results.granted.total']], hints: ['予以公开'] },
]
const noneReceived = /(?:未|没有)(?:收到|受理|接到)[^。；\d]{0,20}?申请|(?:无|没有)[^。；\d]{0,6}?依申请公开(?:案例|事项)?(?![^。；]*\d)/

/** T3-10: numbers of applications stated in the text agree with table 三. */
export const applicationsNarrativeCounts = defineRule({
  meta: {
    id: 'applications-narrative-counts',
    spec: 'T3-10',
    type: 'suggestion',
    level: 'heuristic',
    defaultSeverity: 'info',
    editions: both,
    docs: {
      description: { zh: '正文中的依申请公开数字与表三一致', en: 'Application numbers in the text agree with table 三' },
      url: docsUrl('applications-narrative-counts'),
    },
    messages: { mismatch: mismatchMessage },
  },
  check(report, context) {
    checkClaims(report, context, claims)
    const [none] = findQuotes(report, noneReceived, undefined, ['申请'])
    if (!none) return
    const received = context.cell('applications.newReceived.total')
    if (received === undefined || received === 0) return
    const quote = shorten(none.sentence)
    context.report({
      messageId: 'mismatch', keys: [none.key, 'applications.newReceived.total'], data: { topic: '收到申请', said: 0, table: received, quote },
      expected: `${received}`, actual: '0', location: locate(context.document, quote),
    })
  },
})
