import { stripBracketed } from '../text/normalize.js'
import { headerMatch, rowMatch, type LabelMatch } from './label-match.js'

const rows: ReadonlyArray<[key: string, test: (label: string) => boolean]> = [
  ['regulations', (l) => l === '规章' || /^规章(\(|$)/.test(l)],
  ['normativeDocuments', (l) => /^(行政)?规范性(文件|档案)$/.test(l)],
  ['administrativeLicensing', (l) => l === '行政许可'],
  ['otherManagementServices', (l) => l.includes('对外管理服务')],
  ['administrativePenalty', (l) => l === '行政处罚'],
  ['administrativeCoercion', (l) => l === '行政强制'],
  ['administrativeFees', (l) => l.includes('事业性收费')],
  ['centralizedProcurement', (l) => l.includes('集中采购')],
]

const headers = [
  '信息内容', '第二十条', '本年制发', '本年废止', '本年度止', '现行有效', '本年处理决定', '本年收费金额',
  '本年新制作', '本年新公开', '对外公开总数', '上一年项目', '本年增/减', '本年增减', '处理决定数量', '采购项目数量', '采购总金额',
]

/** Section 二's row labels and header texts (spec §2.1, §2.2, §4.2), on a normalised label. */
export function matchDisclosureLabel(label: string): LabelMatch | null {
  const bare = stripBracketed(label).replace(/^\d+\./, '')
  for (const [key, test] of rows) if (test(bare)) return rowMatch('disclosure', key)
  if (headers.some((h) => label.includes(h))) return headerMatch('disclosure')
  return null
}
