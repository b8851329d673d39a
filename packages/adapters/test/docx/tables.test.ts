import { describe, expect, it } from 'vitest'
import { cellList, makeDocx, p, parseDocx, tablesOf, tc } from './helpers.js'

const tbl = (...rows: string[]) => `<w:tbl><w:tblPr><w:tblW w:w="0"/></w:tblPr><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>${rows.join('')}</w:tbl>`
const tr = (cells: string, props = '') => `<w:tr>${props ? `<w:trPr>${props}</w:trPr>` : ''}${cells}</w:tr>`

async function cellsOf(body: string) {
  const { document, reported } = await parseDocx(makeDocx(body))
  return { cells: cellList(tablesOf(document)[0]!), reported, document }
}

describe('Word tables onto the shared grid', () => {
  it('w:gridSpan becomes colSpan', async () => {
    const { cells } = await cellsOf(tbl(tr(tc('A', '<w:gridSpan w:val="2"/>') + tc('B')), tr(tc('1') + tc('2') + tc('3'))))
    expect(cells).toEqual(['R1C1 cs2: A', 'R1C3: B', 'R2C1: 1', 'R2C2: 2', 'R2C3: 3'])
  })

  it('w:vMerge restart, continue, and continue written without a value become one rowSpan', async () => {
    const { cells, reported } = await cellsOf(
      tbl(
        tr(tc('head', '<w:vMerge w:val="restart"/>') + tc('a1') + tc('b1')),
        tr(tc('', '<w:vMerge w:val="continue"/>') + tc('a2') + tc('b2')),
        tr(tc('', '<w:vMerge/>') + tc('a3') + tc('b3')),
        tr(tc('next') + tc('a4') + tc('b4')),
      ),
    )
    expect(cells).toEqual([
      'R1C1 rs3: head', 'R1C2: a1', 'R1C3: b1',
      'R2C2: a2', 'R2C3: b2',
      'R3C2: a3', 'R3C3: b3',
      'R4C1: next', 'R4C2: a4', 'R4C3: b4',
    ])
    expect(reported).toEqual([])
  })

  it('a vertical merge across a gridSpan keeps both spans', async () => {
    const { cells } = await cellsOf(
      tbl(
        tr(tc('wide', '<w:gridSpan w:val="2"/><w:vMerge w:val="restart"/>') + tc('x')),
        tr(tc('', '<w:gridSpan w:val="2"/><w:vMerge/>') + tc('y')),
      ),
    )
    expect(cells).toEqual(['R1C1 cs2 rs2: wide', 'R1C3: x', 'R2C3: y'])
  })

  it('w:gridBefore and w:gridAfter keep cells on their true grid columns (where mammoth shifts them)', async () => {
    const { cells, reported } = await cellsOf(
      tbl(
        tr(tc('A1') + tc('B1') + tc('C1', '<w:vMerge w:val="restart"/>')),
        tr(tc('B2') + tc('', '<w:vMerge/>'), '<w:gridBefore w:val="1"/>'),
        tr(tc('A3'), '<w:gridAfter w:val="2"/>'),
      ),
    )
    expect(cells).toEqual(['R1C1: A1', 'R1C2: B1', 'R1C3 rs2: C1', 'R2C2: B2', 'R3C1: A3'])
    expect(reported).toEqual([])
  })

  it('a continuation with no merge above is kept as its own cell and reported where it is', async () => {
    const { cells, reported } = await cellsOf(tbl(tr(tc('a') + tc('b')), tr(tc('orphan', '<w:vMerge/>') + tc('c'))))
    expect(cells).toEqual(['R1C1: a', 'R1C2: b', 'R2C1: orphan', 'R2C2: c'])
    expect(reported).toMatchObject([{ messageId: 'invalid-vertical-merge', severity: 'warning', location: { table: 1, row: 2, col: 1 } }])
  })

  it('text in a continuation cell is appended to the merged cell and reported', async () => {
    const { cells, reported } = await cellsOf(tbl(tr(tc('top', '<w:vMerge w:val="restart"/>')), tr(tc('more', '<w:vMerge/>'))))
    expect(cells).toEqual(['R1C1 rs2: top\nmore'])
    expect(reported).toMatchObject([{ messageId: 'merged-cell-text', severity: 'info', location: { table: 1, row: 2, col: 1 } }])
  })

  it('a nested table is read into its cell, and reported at that cell', async () => {
    const nested = `<w:tbl>${tr(tc('n1') + tc('n2'))}${tr(tc('n3') + tc('n4'))}</w:tbl>`
    const { cells, reported, document } = await cellsOf(tbl(tr(tc('a') + `<w:tc>${p('before')}${nested}${p('after')}</w:tc>`), tr(tc('b') + tc('c'))))
    expect(cells).toEqual(['R1C1: a', 'R1C2: before\nn1\tn2\nn3\tn4\nafter', 'R2C1: b', 'R2C2: c'])
    expect(tablesOf(document)).toHaveLength(1)
    expect(reported).toMatchObject([{ messageId: 'nested-table', location: { table: 1, row: 1, col: 2 } }])
  })

  it('content controls around rows and cells are transparent', async () => {
    const { cells } = await cellsOf(
      tbl(
        `<w:sdt><w:sdtPr><w:alias w:val="row"/></w:sdtPr><w:sdtContent>${tr(tc('r1') + `<w:sdt><w:sdtPr/><w:sdtContent>${tc('in sdt')}</w:sdtContent></w:sdt>`)}</w:sdtContent></w:sdt>`,
        tr(tc('r2') + tc('x')),
      ),
    )
    expect(cells).toEqual(['R1C1: r1', 'R1C2: in sdt', 'R2C1: r2', 'R2C2: x'])
  })

  it('a row deleted with tracked changes is left out; header rows are marked', async () => {
    const { document } = await parseDocx(makeDocx(tbl(tr(tc('H1') + tc('H2'), '<w:tblHeader/>'), tr(tc('gone') + tc('gone'), '<w:del w:id="1" w:author="x"/>'), tr(tc('a') + tc('b')))))
    const table = tablesOf(document)[0]!
    expect(cellList(table)).toEqual(['R1C1: H1', 'R1C2: H2', 'R2C1: a', 'R2C2: b'])
    expect(table.rows[0]!.every((c) => c.header)).toBe(true)
    expect(table.rows[1]!.some((c) => c.header)).toBe(false)
  })

  it('legacy w:hMerge widens the cell before it', async () => {
    const { cells } = await cellsOf(tbl(tr(tc('AB', '<w:hMerge w:val="restart"/>') + tc('', '<w:hMerge/>') + tc('C')), tr(tc('1') + tc('2') + tc('3'))))
    expect(cells).toEqual(['R1C1 cs2: AB', 'R1C3: C', 'R2C1: 1', 'R2C2: 2', 'R2C3: 3'])
  })

  it('tables are numbered in document order and located by table; a ragged row is reported', async () => {
    const { document, reported } = await parseDocx(makeDocx(p('x') + tbl(tr(tc('1'))) + p('y') + tbl(tr(tc('a') + tc('b')), tr(tc('c')))))
    expect(tablesOf(document).map((t) => t.location)).toEqual([{ table: 1 }, { table: 2 }])
    expect(tablesOf(document)[1]!.rows[1]![0]!.location).toEqual({ table: 2, row: 2, col: 1 })
    expect(reported).toMatchObject([{ messageId: 'ragged-row', location: { table: 2, row: 2, col: 2 } }])
  })
})
