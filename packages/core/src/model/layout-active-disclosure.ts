import type { Edition } from './edition.js'

export interface DisclosureColumnLayout {
  readonly key: string
  readonly label: string
  /** How the cell is read: a count (int ≥ 0), a signed change, or a decimal amount. */
  readonly kind: 'count' | 'signed' | 'amount'
}

export interface DisclosureRowLayout {
  /** Key under `activeDisclosure`, e.g. `regulations`. */
  readonly key: string
  readonly label: string
  /** The block caption, 第二十条第（X）项. */
  readonly caption: string
  readonly columns: readonly DisclosureColumnLayout[]
}

const madeCols2021: readonly DisclosureColumnLayout[] = [
  { key: 'issued', label: '本年制发件数', kind: 'count' },
  { key: 'repealed', label: '本年废止件数', kind: 'count' },
  { key: 'inForce', label: '现行有效件数', kind: 'count' },
]
const decisions2021: readonly DisclosureColumnLayout[] = [{ key: 'decisions', label: '本年处理决定数量', kind: 'count' }]

/** Section 二, 2021 edition: 10 cells (spec §2.1). */
export const disclosureRows2021: readonly DisclosureRowLayout[] = [
  { key: 'regulations', label: '规章', caption: '第二十条第（一）项', columns: madeCols2021 },
  { key: 'normativeDocuments', label: '行政规范性文件', caption: '第二十条第（一）项', columns: madeCols2021 },
  { key: 'administrativeLicensing', label: '行政许可', caption: '第二十条第（五）项', columns: decisions2021 },
  { key: 'administrativePenalty', label: '行政处罚', caption: '第二十条第（六）项', columns: decisions2021 },
  { key: 'administrativeCoercion', label: '行政强制', caption: '第二十条第（六）项', columns: decisions2021 },
  {
    key: 'administrativeFees', label: '行政事业性收费', caption: '第二十条第（八）项',
    columns: [{ key: 'amountWanYuan', label: '本年收费金额（单位：万元）', kind: 'amount' }],
  },
]

const madeCols2019: readonly DisclosureColumnLayout[] = [
  { key: 'newlyMade', label: '本年新制作数量', kind: 'count' },
  { key: 'newlyPublished', label: '本年新公开数量', kind: 'count' },
  { key: 'totalPublished', label: '对外公开总数量', kind: 'count' },
]
const items2019: readonly DisclosureColumnLayout[] = [
  { key: 'priorYearItems', label: '上一年项目数量', kind: 'count' },
  { key: 'itemsChange', label: '本年增/减', kind: 'signed' },
  { key: 'decisions', label: '处理决定数量', kind: 'count' },
]

/** Section 二, 2019 edition: 22 cells (spec §2.2). */
export const disclosureRows2019: readonly DisclosureRowLayout[] = [
  { key: 'regulations', label: '规章', caption: '第二十条第（一）项', columns: madeCols2019 },
  { key: 'normativeDocuments', label: '规范性文件', caption: '第二十条第（一）项', columns: madeCols2019 },
  { key: 'administrativeLicensing', label: '行政许可', caption: '第二十条第（五）项', columns: items2019 },
  { key: 'otherManagementServices', label: '其他对外管理服务事项', caption: '第二十条第（五）项', columns: items2019 },
  { key: 'administrativePenalty', label: '行政处罚', caption: '第二十条第（六）项', columns: items2019 },
  { key: 'administrativeCoercion', label: '行政强制', caption: '第二十条第（六）项', columns: items2019 },
  {
    key: 'administrativeFees', label: '行政事业性收费', caption: '第二十条第（八）项',
    columns: [items2019[0]!, items2019[1]!],
  },
  {
    key: 'centralizedProcurement', label: '政府集中采购', caption: '第二十条第（九）项',
    columns: [
      { key: 'projectCount', label: '采购项目数量', kind: 'count' },
      { key: 'totalAmount', label: '采购总金额', kind: 'amount' },
    ],
  },
]

export function disclosureRowsOf(edition: Edition): readonly DisclosureRowLayout[] {
  return edition === '2019' ? disclosureRows2019 : disclosureRows2021
}
