import { editDistance } from '../text/edit-distance.js'
import { normalizeLabel } from '../text/normalize.js'
import { applicationRows } from '../model/layout-applications.js'
import { groupMatch, headerMatch, rowMatch, type LabelContext, type LabelMatch } from './label-match.js'

const row = (key: string): LabelMatch => rowMatch('applications', key)
const header = (column?: string): LabelMatch => headerMatch('applications', column ?? null)

// Most distinctive substring first (spec §4.2 step 5). Order matters where one label contains
// another's keyword: 其他处理 before 其他, 不予公开 before 予以公开.
const keywords: ReadonlyArray<[test: (l: string) => boolean, match: LabelMatch]> = [
  [(l) => l.includes('勾稽关系'), header()],
  [(l) => l.includes('申请人情况'), header()],
  [(l) => l.includes('本年新收'), row('newReceived')],
  [(l) => l.includes('上年结转'), row('carriedOver')],
  [(l) => l.includes('结转下年度') || l.includes('下年度继续办理'), row('carriedForward')],
  [(l) => l.includes('办理结果'), groupMatch('results')],
  [(l) => l.includes('不予公开'), groupMatch('withheld')],
  [(l) => l.includes('予以公开'), row('results.granted')],
  [(l) => l.includes('部分公开'), row('results.partiallyGranted')],
  [(l) => l.includes('国家秘密'), row('results.withheld.stateSecret')],
  [(l) => l.includes('止公开'), row('results.withheld.prohibitedByLaw')],
  [(l) => l.includes('三安全'), row('results.withheld.securityStability')],
  [(l) => l.includes('第三方'), row('results.withheld.thirdPartyRights')],
  [(l) => l.includes('内部事务'), row('results.withheld.internalAffairs')],
  [(l) => l.includes('过程性'), row('results.withheld.processInformation')],
  [(l) => l.includes('执法案卷'), row('results.withheld.lawEnforcementFile')],
  [(l) => l.includes('行政查询'), row('results.withheld.administrativeQuery')],
  [(l) => l.includes('无法提供'), groupMatch('unableToProvide')],
  [(l) => l.includes('不掌握'), row('results.unableToProvide.notHeld')],
  [(l) => l.includes('另行制作') || l.includes('现成信息'), row('results.unableToProvide.needsCreation')],
  [(l) => l.includes('仍不明确') || l.includes('补正后'), row('results.unableToProvide.unclearAfterCorrection')],
  [(l) => l.includes('不予处理'), groupMatch('notProcessed')],
  [(l) => l.includes('信访') || l.includes('举报投诉'), row('results.notProcessed.petitionComplaint')],
  [(l) => l.includes('重复申请'), row('results.notProcessed.duplicate')],
  [(l) => l.includes('出版物'), row('results.notProcessed.publication')],
  [(l) => l.includes('大量反复'), row('results.notProcessed.massRepeated')],
  [(l) => l.includes('重新出具') || l.includes('确认或'), row('results.notProcessed.confirmOrReissue')],
  [(l) => l.includes('其他处理'), groupMatch('otherHandling')],
  [(l) => l.includes('不补正'), row('results.otherHandling.overdueCorrection')],
  [(l) => l.includes('收费通知') || l.includes('缴纳费用') || l.includes('交纳费用'), row('results.otherHandling.unpaidFee')],
  [(l) => /^\(?七\)?\.?(总计|合计)$/.test(l), row('results.total')],
  [(l) => l === '自然人', header('naturalPerson')],
  [(l) => l.startsWith('法人或'), header()],
  [(l) => l === '商业企业', header('commercialEnterprise')],
  [(l) => l === '科研机构', header('researchInstitution')],
  [(l) => l.includes('社会公益') || l === '社会组织' || l === '社会益', header('publicWelfareOrg')],
  [(l) => l.includes('法律服务'), header('legalServiceOrg')],
]

// Template labels without their ordinals, for the edit-distance fallback (spec §4.2 step 5).
const templateLabels = applicationRows.map((r) => ({ key: r.key, bare: stripOrdinal(normalizeLabel(r.label)) }))

function stripOrdinal(label: string): string {
  return label.replace(/^(\(?[一二三四五六七八九十]+\)?\.?|\d+\.)/, '')
}

/** Section 三's labels (spec §2.3, §4.2), read in context; `null` when not a label of this table. */
export function matchApplicationsLabel(label: string, context: LabelContext): LabelMatch | null {
  for (const [test, match] of keywords) if (test(label)) return match
  const bare = stripOrdinal(label)
  if (bare === '其他' || bare === '其他组织') {
    return context.group === 'otherHandling' && /^\d/.test(label) ? row('results.otherHandling.other') : header('otherOrg')
  }
  if (bare === '总计' || bare === '合计') {
    return context.family === 'applications' && context.seenResults ? row('results.total') : header('total')
  }
  if (bare.length >= 6) {
    const close = templateLabels.filter((t) => editDistance(bare, t.bare, 2) <= 2)
    if (close.length === 1) return row(close[0]!.key)
  }
  return null
}
