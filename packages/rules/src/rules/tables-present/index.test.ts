import { cellKeys, type Diagnostic, type SourceMap } from '@zfxxgk/core'
import { describe, expect, it } from 'vitest'
import { filledReport, lintWith, outcome } from '../../../test/helpers.js'
import { tablesPresent } from './index.js'

const finding = (ruleId: string, data: Diagnostic['data'] = {}): Diagnostic => ({ ruleId, severity: 'error', messageId: '', message: '', data, source: '@zfxxgk/core' })

describe('tables-present (S3)', () => {
  it('passes when the three tables were read', () => {
    expect(outcome(lintWith(tablesPresent, filledReport('2021'), { parseDiagnostics: [], sourceMap: {} }))).toBe('passed')
  })

  it('fails a section whose table the parser did not find', () => {
    const { diagnostics } = lintWith(tablesPresent, filledReport('2021'), { parseDiagnostics: [finding('parse/table-missing', { heading: '四、政府信息公开行政复议、行政诉讼情况' })] })
    expect(diagnostics.map((d) => [d.message, d.keys])).toEqual([['“四、政府信息公开行政复议、行政诉讼情况”中没有表格', ['reviewLitigation']]])
  })

  it('fails a table whose every cell is missing in the source map', () => {
    const sourceMap: SourceMap = Object.fromEntries(cellKeys('2019').filter((k) => k.startsWith('activeDisclosure.')).map((k) => [k, { raw: '', status: 'missing' as const }]))
    const { diagnostics } = lintWith(tablesPresent, filledReport('2019'), { sourceMap, lang: 'en' })
    expect(diagnostics.map((d) => d.message)).toEqual(['Missing table in `二、主动公开政府信息情况`'])
  })

  it('fails tables with labels and no values, and mixed editions', () => {
    const { diagnostics } = lintWith(tablesPresent, filledReport('2019'), {
      parseDiagnostics: [finding('parse/tables-empty'), { ...finding('parse/edition-mixed'), message: '表二为 2019 版，表三为 2021 版' }],
    })
    expect(diagnostics.map((d) => d.message)).toEqual(['表格只有标签，没有填写任何数值', '表格版式混用：表二为 2019 版，表三为 2021 版'])
  })

  it('is not assessable without the parser’s findings', () => {
    expect(outcome(lintWith(tablesPresent, filledReport('2021')))).toBe('notAssessable')
  })
})
