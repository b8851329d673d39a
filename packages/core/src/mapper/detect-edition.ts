import type { Table } from '../document/types.js'
import type { Edition } from '../model/edition.js'
import { normalizeLabel } from '../text/normalize.js'

export interface EditionSignals {
  /** From section 二's column labels (the decisive signal, spec §0). */
  disclosure: Edition | null
  disclosureMarker: string | null
  /** From section 三's （六）其他处理: three items → 2021, a single row → 2019. */
  applications: Edition | null
  /** A pre-2019 附表 marker, if any. */
  legacyMarker: string | null
}

const markers2021 = ['本年制发件数', '本年废止件数', '本年度止件数', '现行有效件', '本年收费金额']
const markers2019 = ['本年新制作', '本年新公开', '对外公开总数量', '上一年项目数量', '本年增/减', '政府集中采购', '第二十条第(九)项']
const markersLegacy = ['指标名称', '计量单位', '当面申请数', '收费及减免情况']

/** Reads the edition signals from every table cell's label text (spec §0). */
export function detectEdition(tables: readonly Table[]): EditionSignals {
  const signals: EditionSignals = { disclosure: null, disclosureMarker: null, applications: null, legacyMarker: null }
  let items2021 = false
  let single2019 = false
  for (const table of tables) {
    for (const row of table.rows) {
      for (const cell of row) {
        const label = normalizeLabel(cell.text)
        if (label.length < 2 || label.length > 80) continue
        if (!signals.disclosure) {
          const m21 = markers2021.find((m) => label.includes(m))
          const m19 = markers2019.find((m) => label.includes(m))
          if (m21) Object.assign(signals, { disclosure: '2021', disclosureMarker: m21 })
          else if (m19) Object.assign(signals, { disclosure: '2019', disclosureMarker: m19 })
        }
        signals.legacyMarker ??= markersLegacy.find((m) => label.includes(m)) ?? null
        if (label.includes('不补正') || label.includes('收费通知')) items2021 = true
        if (label.includes('其他处理')) single2019 = true
      }
    }
  }
  signals.applications = items2021 ? '2021' : single2019 ? '2019' : null
  return signals
}
