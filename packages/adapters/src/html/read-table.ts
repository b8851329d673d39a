import type { RawCell, RawRow } from '@zfxxgk/core'
import { cellText } from './cell-text.js'
import { attr, isElement, positionOf, type Element } from './dom.js'
import { isUnseen } from './elements.js'

export interface ReadTable {
  rows: RawRow[]
  /** Tables found inside cells, in document order. */
  nested: Element[]
  /** Text of `<caption>`, if any. */
  caption: string | null
}

/**
 * A `<table>` as raw rows in the order of the HTML table model: `thead`/`tbody`/bare rows in
 * document order, every `tfoot` last; each section is a row group (rowspans stop at its end).
 * Cells keep the spans as parsed by HTML's "rules for parsing non-negative integers".
 */
export function readTable(table: Element): ReadTable {
  const sections: Array<{ rows: Element[]; foot: boolean }> = []
  let bare: Element[] | null = null
  let caption: string | null = null
  for (const child of table.childNodes) {
    if (!isElement(child) || isUnseen(child)) continue
    if (child.tagName === 'tr') {
      if (!bare) sections.push({ rows: (bare = []), foot: false })
      bare.push(child)
      continue
    }
    bare = null
    if (child.tagName === 'caption' && caption === null) caption = cellText(child).text
    if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') {
      const rows = child.childNodes.filter((row): row is Element => isElement(row) && row.tagName === 'tr' && !isUnseen(row))
      sections.push({ rows, foot: child.tagName === 'tfoot' })
    }
  }
  const ordered = [...sections.filter((s) => !s.foot), ...sections.filter((s) => s.foot)]
  const rows: RawRow[] = []
  const nested: Element[] = []
  ordered.forEach((section, group) => {
    for (const tr of section.rows) {
      const cells: RawCell[] = []
      for (const td of tr.childNodes) {
        if (!isElement(td) || (td.tagName !== 'td' && td.tagName !== 'th')) continue
        const { text, nested: inner } = cellText(td)
        for (const table of inner) nested.push(table)
        const cell: RawCell = { text, location: positionOf(td) }
        const colSpan = nonNegativeInteger(attr(td, 'colspan'))
        const rowSpan = nonNegativeInteger(attr(td, 'rowspan'))
        if (colSpan !== undefined) cell.colSpan = colSpan
        if (rowSpan !== undefined) cell.rowSpan = rowSpan
        if (td.tagName === 'th') cell.header = true
        cells.push(cell)
      }
      rows.push({ cells, group })
    }
  })
  return { rows, nested, caption }
}

/** HTML's rules for parsing non-negative integers; `undefined` on failure (the caller's default applies). */
export function nonNegativeInteger(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const match = /^[\t\n\f\r ]*\+?(\d+)/.exec(value)
  return match ? Number(match[1]) : undefined
}
