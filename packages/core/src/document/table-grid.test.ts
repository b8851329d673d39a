import { describe, expect, it } from 'vitest'
import { formTable, maxSlots, type RawCell, type RawRow } from './table-grid.js'

const cell = (text: string, spans: Partial<RawCell> = {}): RawCell => ({ text, location: {}, ...spans })
const row = (cells: RawCell[], group = 0): RawRow => ({ cells, group })
/** `text@row,col/colSpan×rowSpan` for each origin cell. */
const layout = (rows: RawRow[]) =>
  formTable(rows).rows.map((r) => r.map((c) => `${c.text}@${c.location.row},${c.location.col}/${c.colSpan}×${c.rowSpan}`))

describe('formTable', () => {
  it('places cells after slots taken by rowspans from above (table 三 label area)', () => {
    const rows = [
      row([cell('三', { rowSpan: 3 }), cell('（一）', { colSpan: 2 }), cell('1')]),
      row([cell('（三）', { rowSpan: 2 }), cell('1.', {}), cell('2')]),
      row([cell('2.'), cell('3')]),
    ]
    expect(layout(rows)).toEqual([
      ['三@1,1/1×3', '（一）@1,2/2×1', '1@1,4/1×1'],
      ['（三）@2,2/1×2', '1.@2,3/1×1', '2@2,4/1×1'],
      ['2.@3,3/1×1', '3@3,4/1×1'],
    ])
    expect(formTable(rows).problems).toEqual([])
    expect(formTable(rows).width).toBe(4)
  })

  it('reads colspan 0, missing and invalid spans as 1 and clamps colspan at 1000', () => {
    const formed = formTable([row([cell('a', { colSpan: 0 }), cell('b', { colSpan: Number.NaN }), cell('c', { colSpan: 5000 })])])
    expect(formed.rows[0]!.map((c) => [c.location.col, c.colSpan])).toEqual([[1, 1], [2, 1], [3, 1000]])
    expect(formed.width).toBe(1002)
  })

  it('grows rowspan=0 to the end of its row group, not beyond', () => {
    const formed = formTable([
      row([cell('head', { rowSpan: 0 }), cell('h1')], 0),
      row([cell('h2')], 0),
      row([cell('body1'), cell('b1')], 1),
    ])
    expect(formed.rows[0]![0]!.rowSpan).toBe(2)
    expect(formed.rows[1]![0]!.location.col).toBe(2)
    expect(formed.rows[2]![0]!.location.col).toBe(1)
    expect(formed.problems).toEqual([])
  })

  it('clips rowspans at the end of the row group', () => {
    const formed = formTable([row([cell('a', { rowSpan: 5 }), cell('b')], 0), row([cell('c'), cell('d')], 1)])
    expect(formed.rows[0]![0]!.rowSpan).toBe(1)
    expect(formed.rows[1]!.map((c) => c.location.col)).toEqual([1, 2])
  })

  it('reports overlapping cells and keeps the first occupant', () => {
    const formed = formTable([
      row([cell('a'), cell('b', { rowSpan: 2 })]),
      row([cell('c', { colSpan: 2 })]),
    ])
    expect(formed.problems).toEqual([{ kind: 'overlap', row: 2, col: 2 }])
    expect(formed.rows[1]![0]!.location).toEqual({ row: 2, col: 1 })
  })

  it('reports ragged rows at their first empty slot', () => {
    const formed = formTable([
      row([cell('a'), cell('b'), cell('c'), cell('d', { rowSpan: 2 })]),
      row([cell('e')]),
      row([cell('f'), cell('g'), cell('h'), cell('i')]),
    ])
    expect(formed.problems).toEqual([{ kind: 'ragged', row: 2, col: 2 }])
  })

  it('adds table, row and col to each cell location', () => {
    const formed = formTable([row([{ text: 'x', location: { start: { line: 3, column: 5, offset: 40 } } }])], 2)
    expect(formed.rows[0]![0]!.location).toEqual({ start: { line: 3, column: 5, offset: 40 }, table: 2, row: 1, col: 1 })
  })

  it('bounds the work of hostile spans', () => {
    const rows = Array.from({ length: 2000 }, () => row([cell('x', { colSpan: 1000, rowSpan: 0 })]))
    const formed = formTable(rows)
    expect(formed.problems.some((p) => p.kind === 'oversized')).toBe(true)
    const slots = formed.rows.flat().reduce((sum, c) => sum + (c.colSpan ?? 1) * (c.rowSpan ?? 1), 0)
    expect(slots).toBeLessThanOrEqual(maxSlots + rows.length)
  })
})
