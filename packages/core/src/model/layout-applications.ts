import type { Edition } from './edition.js'

/** Section 三's seven value columns in canonical (positional) order, spec §2.3. */
export const applicantColumns = [
  { key: 'naturalPerson', label: '自然人' },
  { key: 'commercialEnterprise', label: '商业企业' },
  { key: 'researchInstitution', label: '科研机构' },
  { key: 'publicWelfareOrg', label: '社会公益组织' },
  { key: 'legalServiceOrg', label: '法律服务机构' },
  { key: 'otherOrg', label: '其他' },
  { key: 'total', label: '总计' },
] as const

export type ApplicantColumnKey = (typeof applicantColumns)[number]['key']

export interface ApplicationRowLayout {
  /** Path under `applications`, e.g. `results.withheld.stateSecret`. */
  readonly key: string
  /** The exact label of the official template (the last part of the label path). */
  readonly label: string
  /** Labels of the merged row headers above this row, outermost first. */
  readonly parents: readonly string[]
  readonly editions: readonly Edition[]
}

const both: readonly Edition[] = ['2019', '2021']
const results = '三、本年度办理结果'
const withheld = '（三）不予公开'
const unable = '（四）无法提供'
const notProcessed = '（五）不予处理'
const otherHandling = '（六）其他处理'

/** Section 三's rows in template order (spec §2.3): 25 in 2021, 23 in 2019. */
export const applicationRows: readonly ApplicationRowLayout[] = [
  { key: 'newReceived', label: '一、本年新收政府信息公开申请数量', parents: [], editions: both },
  { key: 'carriedOver', label: '二、上年结转政府信息公开申请数量', parents: [], editions: both },
  { key: 'results.granted', label: '（一）予以公开', parents: [results], editions: both },
  { key: 'results.partiallyGranted', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', parents: [results], editions: both },
  { key: 'results.withheld.stateSecret', label: '1.属于国家秘密', parents: [results, withheld], editions: both },
  { key: 'results.withheld.prohibitedByLaw', label: '2.其他法律行政法规禁止公开', parents: [results, withheld], editions: both },
  { key: 'results.withheld.securityStability', label: '3.危及“三安全一稳定”', parents: [results, withheld], editions: both },
  { key: 'results.withheld.thirdPartyRights', label: '4.保护第三方合法权益', parents: [results, withheld], editions: both },
  { key: 'results.withheld.internalAffairs', label: '5.属于三类内部事务信息', parents: [results, withheld], editions: both },
  { key: 'results.withheld.processInformation', label: '6.属于四类过程性信息', parents: [results, withheld], editions: both },
  { key: 'results.withheld.lawEnforcementFile', label: '7.属于行政执法案卷', parents: [results, withheld], editions: both },
  { key: 'results.withheld.administrativeQuery', label: '8.属于行政查询事项', parents: [results, withheld], editions: both },
  { key: 'results.unableToProvide.notHeld', label: '1.本机关不掌握相关政府信息', parents: [results, unable], editions: both },
  { key: 'results.unableToProvide.needsCreation', label: '2.没有现成信息需要另行制作', parents: [results, unable], editions: both },
  { key: 'results.unableToProvide.unclearAfterCorrection', label: '3.补正后申请内容仍不明确', parents: [results, unable], editions: both },
  { key: 'results.notProcessed.petitionComplaint', label: '1.信访举报投诉类申请', parents: [results, notProcessed], editions: both },
  { key: 'results.notProcessed.duplicate', label: '2.重复申请', parents: [results, notProcessed], editions: both },
  { key: 'results.notProcessed.publication', label: '3.要求提供公开出版物', parents: [results, notProcessed], editions: both },
  { key: 'results.notProcessed.massRepeated', label: '4.无正当理由大量反复申请', parents: [results, notProcessed], editions: both },
  { key: 'results.notProcessed.confirmOrReissue', label: '5.要求行政机关确认或重新出具已获取信息', parents: [results, notProcessed], editions: both },
  { key: 'results.otherHandling.total', label: '（六）其他处理', parents: [results], editions: ['2019'] },
  { key: 'results.otherHandling.overdueCorrection', label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', parents: [results, otherHandling], editions: ['2021'] },
  { key: 'results.otherHandling.unpaidFee', label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', parents: [results, otherHandling], editions: ['2021'] },
  { key: 'results.otherHandling.other', label: '3.其他', parents: [results, otherHandling], editions: ['2021'] },
  { key: 'results.total', label: '（七）总计', parents: [results], editions: both },
  { key: 'carriedForward', label: '四、结转下年度继续办理', parents: [], editions: both },
]

export function applicationRowsOf(edition: Edition): ApplicationRowLayout[] {
  return applicationRows.filter((row) => row.editions.includes(edition))
}

/** The printed note of the top-left header cell (it states rule T3-1). */
export const applicationsHeaderNote = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'
