import { describe, expect, it } from 'vitest'
import type { TableCell } from '../document/types.js'
import { alignValues } from './align-values.js'

const cells = (...texts: string[]): TableCell[] => texts.map((text, i) => ({ text, location: { col: i + 1 } }))
const texts = (a: ReturnType<typeof alignValues>) => (a.kind === 'ok' ? a.cells.map((c) => c?.text ?? null) : a.kind)

describe('alignValues', () => {
  it('a grid keeps blank cells as real slots (blank = not filled)', () => {
    expect(texts(alignValues(cells('258', '12', '', '', '1', '1', ''), 7, 'grid'))).toEqual(['258', '12', '', '', '1', '1', ''])
  })
  it('a grid trims blank fillers at the ends', () => {
    expect(texts(alignValues(cells('', '5', '5', '5', ''), 3, 'grid'))).toEqual(['5', '5', '5'])
  })
  it('a text rendering counts only non-blank cells', () => {
    expect(texts(alignValues(cells('', '0', '0', '0', '0', '0', '0', '0', '', ''), 7, 'text'))).toEqual(['0', '0', '0', '0', '0', '0', '0'])
  })
  it('six values for seven columns are ambiguous (D-T1), more are too many', () => {
    expect(texts(alignValues(cells('', '0', '0', '0', '0', '0', '0'), 7, 'text'))).toBe('ambiguous')
    expect(texts(alignValues(cells('1', '2', '3', '4'), 3, 'text'))).toBe('tooMany')
  })
  it('a row with no values at all is an empty row, not an ambiguous one', () => {
    expect(texts(alignValues(cells('', ''), 3, 'text'))).toEqual(['', '', null])
  })
})
