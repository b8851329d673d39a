import type { SourceMap } from '@zfxxgk/core'
import { describe, expect, it } from 'vitest'
import { filledReport, lintWith, outcome } from '../../../test/helpers.js'
import { disclosureShape } from './index.js'

const procurement = ['projectCount', 'totalAmount'].map((c) => `activeDisclosure.centralizedProcurement.${c}`)

describe('disclosure-shape (T2-2)', () => {
  it('passes when every row of the edition was read', () => {
    expect(outcome(lintWith(disclosureShape, filledReport('2019'), { sourceMap: {} }))).toBe('passed')
  })

  it('fails a 2019 table without its (九) 政府集中采购 row', () => {
    const report = filledReport('2019', Object.fromEntries(procurement.map((k) => [k, null])))
    const sourceMap: SourceMap = Object.fromEntries(procurement.map((k) => [k, { raw: '', status: 'missing' as const }]))
    const { diagnostics } = lintWith(disclosureShape, report, { sourceMap })
    expect(diagnostics.map((d) => [d.message, d.keys])).toEqual([['表二缺少第二十条第（九）项的行“政府集中采购”', procurement]])
  })

  it('is not assessable without a source map', () => {
    expect(outcome(lintWith(disclosureShape, filledReport('2021')))).toBe('notAssessable')
  })
})
