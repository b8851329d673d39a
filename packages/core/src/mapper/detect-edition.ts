import type { Edition } from '../model/edition.js'
import type { TableFacts } from './cell-facts.js'

export interface EditionSignals {
  /** From section 二's column labels (the decisive signal, spec §0). */
  disclosure: Edition | null
  disclosureMarker: string | null
  /** From section 三's （六）其他处理: three items → 2021, a single row → 2019. */
  applications: Edition | null
  /** A pre-2019 附表 marker, if any. */
  legacyMarker: string | null
}

/** Reads the edition signals from every table cell's label text (spec §0). */
export function detectEdition(tables: readonly TableFacts[]): EditionSignals {
  const signals: EditionSignals = { disclosure: null, disclosureMarker: null, applications: null, legacyMarker: null }
  let items2021 = false
  let single2019 = false
  for (const table of tables) {
    for (const row of table) {
      for (const facts of row) {
        const found = facts.signals
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
