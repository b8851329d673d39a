import { defineRule, type RuleContext } from '@zfxxgk/core'
import { both, docsUrl } from '../../lib/docs.js'
import { checkClaims, mismatchMessage, type Claim } from '../../lib/narrative.js'
import { findQuotes, locate, shorten, type Quote } from '../../lib/text.js'

const count = String.raw`(?:案件)?(?:共计?)?\s*(\d+)\s*(?:件|起|宗|个)`
const litigation = ['litigationDirect', 'litigationAfterReview']
const claims: Claim[] = [
  { topic: '行政复议', pattern: new RegExp(String.raw`行政复议${count}`), readings: [['reviewLitigation.review.total']], hints: ['行政复议'] },
  { topic: '行政诉讼', pattern: new RegExp(String.raw`行政诉讼${count}`), readings: [litigation.map((g) => `reviewLitigation.${g}.total`)], hints: ['行政诉讼'] },
]

/** The groups of table 四 a sentence speaks of: 复议, 诉讼, or none (then it is not about table 四). */
function groupsOf(sentence: string): string[] {
  const groups: string[] = []
  if (sentence.includes('复议')) groups.push('review')
  if (sentence.includes('诉讼')) groups.push(...litigation)
  return groups
}

/** T4-5: the text on reviews and lawsuits agrees with table 四 (counts, 均维持, 尚未审结). */
export const reviewNarrativeCounts = defineRule({
  meta: {
    id: 'review-narrative-counts',
    spec: 'T4-5',
    type: 'suggestion',
    level: 'heuristic',
    defaultSeverity: 'info',
    editions: both,
    docs: {
      description: { zh: '正文中的行政复议、行政诉讼情况与表四一致', en: 'What the text says of reviews and lawsuits agrees with table 四' },
      url: docsUrl('review-narrative-counts'),
    },
    messages: {
      mismatch: mismatchMessage,
      allUpheld: {
        zh: '正文称均获维持（“{{quote}}”），但表四有结果纠正 {{corrected}} 件、尚未审结 {{pending}} 件',
        en: 'The text says all were upheld (“{{quote}}”), but table 四 has {{corrected}} corrected and {{pending}} pending',
      },
      stillPending: {
        zh: '正文称尚在办理（“{{quote}}”），但表四尚未审结为 0',
        en: 'The text says a case is still pending (“{{quote}}”), but table 四 has none pending',
      },
    },
  },
  check(report, context) {
    checkClaims(report, context as unknown as RuleContext<'mismatch'>, claims)
    for (const quote of findQuotes(report, /均(?:获|被|予|已)?(?:得到)?维持/, undefined, ['维持'])) checkAllUpheld(quote, context)
    for (const quote of findQuotes(report, /正在(?:办理|审理)|尚未审结|审理中/, undefined, ['正在', '尚未审结', '审理中'])) checkPending(quote, context)
  },
})

type Context = Parameters<typeof reviewNarrativeCounts.check>[1]

function checkAllUpheld({ key, sentence }: Quote, context: Context): void {
  const groups = groupsOf(sentence)
  if (groups.length === 0) return
  const correctedKeys = groups.map((g) => `reviewLitigation.${g}.corrected`)
  const pendingKeys = groups.map((g) => `reviewLitigation.${g}.pending`)
  const corrected = context.cells(correctedKeys)
  const pending = context.cells(pendingKeys)
  if (!corrected || !pending) return
  const c = corrected.reduce((a, b) => a + b, 0)
  const p = pending.reduce((a, b) => a + b, 0)
  if (c === 0 && p === 0) return
  const quote = shorten(sentence)
  context.report({ messageId: 'allUpheld', keys: [key, ...correctedKeys, ...pendingKeys], data: { quote, corrected: c, pending: p }, expected: '0', actual: `${c + p}`, location: locate(context.document, quote) })
}

function checkPending({ key, sentence }: Quote, context: Context): void {
  const pendingKeys = groupsOf(sentence).map((g) => `reviewLitigation.${g}.pending`)
  if (pendingKeys.length === 0) return
  const pending = context.cells(pendingKeys)
  if (!pending || pending.some((value) => value > 0)) return
  const quote = shorten(sentence)
  context.report({ messageId: 'stillPending', keys: [key, ...pendingKeys], data: { quote }, expected: '≥ 1', actual: '0', location: locate(context.document, quote) })
}
