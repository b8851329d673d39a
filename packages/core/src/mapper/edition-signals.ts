import type { Edition } from '../model/edition.js'

const markers2021 = ['本年制发件数', '本年废止件数', '本年度止件数', '现行有效件', '本年收费金额']
const markers2019 = ['本年新制作', '本年新公开', '对外公开总数量', '上一年项目数量', '本年增/减', '政府集中采购', '第二十条第(九)项']
const markersLegacy = ['指标名称', '计量单位', '当面申请数', '收费及减免情况']

/** What one label says about the edition (spec §0). */
export interface CellSignals {
  disclosure: { edition: Edition; marker: string } | null
  legacyMarker: string | null
  /** 不补正 / 收费通知: the 2021 items of （六）. */
  items2021: boolean
  /** 其他处理: the （六） group, a single row in 2019. */
  otherHandling: boolean
}

/** Reads a normalised label's edition markers; `null` when it has none. */
export function readCellSignals(label: string): CellSignals | null {
  if (label.length < 2 || label.length > 80) return null
  const m21 = markers2021.find((m) => label.includes(m))
  const m19 = m21 ? undefined : markers2019.find((m) => label.includes(m))
  const found: CellSignals = {
    disclosure: m21 ? { edition: '2021', marker: m21 } : m19 ? { edition: '2019', marker: m19 } : null,
    legacyMarker: markersLegacy.find((m) => label.includes(m)) ?? null,
    items2021: label.includes('不补正') || label.includes('收费通知'),
    otherHandling: label.includes('其他处理'),
  }
  return found.disclosure || found.legacyMarker || found.items2021 || found.otherHandling ? found : null
}
