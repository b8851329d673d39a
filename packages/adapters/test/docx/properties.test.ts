import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fixtureBytes, makeDocx, parseDocx, tablesOf } from './helpers.js'

const cellXml = fc
  .record({
    text: fc.constantFrom('', '1', '规章', '本年新收'),
    span: fc.integer({ min: 1, max: 3 }),
    vMerge: fc.constantFrom(undefined, 'restart', 'continue', ''),
  })
  .map(({ text, span, vMerge }) => {
    const props = `${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}${vMerge === undefined ? '' : vMerge === '' ? '<w:vMerge/>' : `<w:vMerge w:val="${vMerge}"/>`}`
    return `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}<w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`
  })
const rowXml = fc
  .record({ cells: fc.array(cellXml, { minLength: 1, maxLength: 6 }), before: fc.integer({ min: 0, max: 2 }), after: fc.integer({ min: 0, max: 2 }) })
  .map(({ cells, before, after }) => {
    const props = `${before ? `<w:gridBefore w:val="${before}"/>` : ''}${after ? `<w:gridAfter w:val="${after}"/>` : ''}`
    return `<w:tr>${props ? `<w:trPr>${props}</w:trPr>` : ''}${cells.join('')}</w:tr>`
  })
const tableXml = fc.array(rowXml, { minLength: 1, maxLength: 8 }).map((rows) => `<w:tbl>${rows.join('')}</w:tbl>`)

describe('properties of the Word table reader', () => {
  it('any mix of spans, merges and grid offsets: no throw, no overlapping cells, every cell and finding located', async () => {
    await fc.assert(
      fc.asyncProperty(tableXml, async (xml) => {
        const { document, reported } = await parseDocx(makeDocx(xml))
        const [table] = tablesOf(document)
        expect(table).toBeDefined()
        const taken = new Set<string>()
        for (const row of table!.rows) {
          let last = 0
          for (const cell of row) {
            expect(cell.location.table).toBe(1)
            expect(cell.location.col!).toBeGreaterThan(last)
            last = cell.location.col!
            for (let dy = 0; dy < (cell.rowSpan ?? 1); dy++) {
              for (let dx = 0; dx < (cell.colSpan ?? 1); dx++) {
                const slot = `${cell.location.row! + dy},${cell.location.col! + dx}`
                if (taken.has(slot)) expect(reported.some((d) => d.messageId === 'cell-overlap')).toBe(true)
                taken.add(slot)
              }
            }
          }
        }
        for (const d of reported) expect(d.location?.table).toBe(1)
      }),
      { numRuns: 300 },
    )
  })

  it('a real .docx with bytes overwritten anywhere: never a throw, and either a document or a fatal diagnostic', async () => {
    const original = fixtureBytes('sample-2025-minimal.docx')
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: original.length - 1 }), fc.uint8Array({ minLength: 1, maxLength: 16 }), async (at, junk) => {
        const bytes = original.slice()
        bytes.set(junk.subarray(0, bytes.length - at), at)
        const { document, reported } = await parseDocx(bytes)
        const fatal = reported.some((d) => d.fatal)
        expect(fatal || document.blocks.length > 0).toBe(true)
        if (fatal) expect(document.blocks).toEqual([])
      }),
      { numRuns: 300 },
    )
  })
})
