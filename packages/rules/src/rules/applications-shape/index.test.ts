import type { SourceMap } from '@zfxxgk/core'
import { describe, expect, it } from 'vitest'
import { rowKeys } from '../../lib/applications.js'
import { filledReport, lintWith, outcome } from '../../../test/helpers.js'
import { applicationsShape } from './index.js'

const readMap = (keys: string[]): SourceMap => Object.fromEntries(keys.map((key) => [key, { raw: '0' }]))

describe('applications-shape (T3-5)', () => {
  it('passes when every row was read', () => {
    const report = filledReport('2021')
    const sourceMap = readMap(Object.keys({}).concat(...['newReceived', 'carriedOver'].map(rowKeys)))
    // Rows not in the source map but holding values were read too (hand-built reports).
    expect(outcome(lintWith(applicationsShape, report, { sourceMap }))).toBe('passed')
  })

  it('fails each missing row, naming its label and its seven keys', () => {
    const report = filledReport('2019', Object.fromEntries(rowKeys('carriedForward').map((k) => [k, null])))
    const sourceMap: SourceMap = Object.fromEntries(rowKeys('carriedForward').map((k) => [k, { raw: '', status: 'missing' as const }]))
    const { diagnostics, results } = lintWith(applicationsShape, report, { sourceMap, lang: 'en' })
    expect(results.failed).toEqual(['zfxxgk/applications-shape'])
    expect(diagnostics.map((d) => [d.message, d.keys])).toEqual([
      ['Missing row `四、结转下年度继续办理` in table 三 (the 2019 edition has 23 rows)', rowKeys('carriedForward')],
    ])
  })

  it('does not take blank rows for missing ones', () => {
    const report = filledReport('2019', Object.fromEntries(rowKeys('carriedOver').map((k) => [k, null])))
    const sourceMap: SourceMap = Object.fromEntries(rowKeys('carriedOver').map((k) => [k, { raw: '', status: 'blank' as const }]))
    expect(outcome(lintWith(applicationsShape, report, { sourceMap }))).toBe('passed')
  })

  it('is not assessable without a source map: the model alone cannot tell absent from blank', () => {
    expect(outcome(lintWith(applicationsShape, filledReport('2021')))).toBe('notAssessable')
  })
})
