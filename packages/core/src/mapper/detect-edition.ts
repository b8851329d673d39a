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

/** What one cell's text says about the edition; `null` for the many cells that say nothing. */
interface CellSignals {
  disclosure: { edition: Edition; marker: string } | null
  legacyMarker: string | null
  /** 不补正 / 收费通知: the 2021 items of （六）. */
  items2021: boolean
  /** 其他处理: the （六） group, a single row in 2019. */
  otherHandling: boolean
}

/** Reads the edition signals from every table cell's label text (spec §0). */
export function detectEdition(tables: readonly Table[]): EditionSignals {
  const signals: EditionSignals = { disclosure: null, disclosureMarker: null, applications: null, legacyMarker: null }
  let items2021 = false
  let single2019 = false
  for (const table of tables) {
    for (const row of table.rows) {
      for (const cell of row) {
        const found = cellSignals(cell.text)
        if (found === null) continue
        if (!signals.disclosure && found.disclosure) {
          signals.disclosure = found.disclosure.edition
          signals.disclosureMarker = found.disclosure.marker
        }
        signals.legacyMarker ??= found.legacyMarker
        items2021 ||= found.items2021
        single2019 ||= found.otherHandling
      }
    }
  }
  signals.applications = items2021 ? '2021' : single2019 ? '2019' : null
  return signals
}

// The template's labels and the values come back in every report: each text is read once.
function cellSignals(text: string): CellSignals | null {
  let found = cache.get(text)
  if (found === undefined) {
    found = readCellSignals(normalizeLabel(text))
    if (text.length <= 80) {
      if (cache.size >= cacheLimit) cache.clear()
      cache.set(text, found)
    }
  }
  return found
}

const cache = new Map<string, CellSignals | null>()
const cacheLimit = 20_000

function readCellSignals(label: string): CellSignals | null {
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
