import type { Diagnostic } from '@zfxxgk/core'
import { describe, expect, it } from 'vitest'
import { countDiagnostics } from '../src/analyze/counts.js'
import { formatCompact } from '../src/format/compact.js'
import { jsonReporter, formatJson } from '../src/format/json.js'
import { artifactUri, formatSarif } from '../src/format/sarif.js'
import { formatStylish } from '../src/format/stylish.js'
import type { FileResult } from '../src/types.js'

const sumMismatch: Diagnostic = {
  ruleId: 'zfxxgk/applications-total',
  severity: 'error',
  messageId: 'mismatch',
  message: '总计 12 与各项之和 11 不一致',
  keys: ['applications.newReceived.total'],
  location: { start: { line: 40, column: 3, offset: 900 }, end: { line: 40, column: 5, offset: 902 } },
  expected: '11',
  actual: '12',
  source: '@zfxxgk/rules',
  url: 'https://example.org/rules/applications-total',
}
const docxCell: Diagnostic = {
  ruleId: 'zfxxgk/non-negative',
  severity: 'warning',
  messageId: 'negative',
  message: 'Negative value\nin cell',
  location: { table: 2, row: 5, col: 4 },
  source: '@zfxxgk/rules',
}
const paragraph: Diagnostic = {
  ruleId: 'parse/missing-section',
  severity: 'info',
  messageId: 'missingSection',
  message: '缺少第六部分',
  location: { paragraph: 7 },
  source: '@zfxxgk/core',
}
const fatal: Diagnostic = {
  ruleId: 'cli/read-failed',
  severity: 'error',
  messageId: 'readFailed',
  message: '无法读取文件：EACCES',
  source: '@zfxxgk/cli',
  fatal: true,
}

function result(filePath: string, diagnostics: Diagnostic[]): FileResult {
  return { filePath, format: diagnostics.length > 0 ? 'tab-text' : 'html', diagnostics, ...countDiagnostics(diagnostics) }
}

const results = [result('a/报告.txt', [sumMismatch, docxCell, paragraph]), result('clean.html', []), result('bad.doc', [fatal])]

describe('stylish', () => {
  it('prints the path, aligned rows with location, severity, message, rule id, and a summary', () => {
    expect(formatStylish(results)).toBe(
      [
        'a/报告.txt',
        '  40:3      错误  总计 12 与各项之和 11 不一致  zfxxgk/applications-total',
        '  T2 R5 C4  警告  Negative value in cell        zfxxgk/non-negative',
        '  P7        提示  缺少第六部分                  parse/missing-section',
        '',
        'bad.doc',
        '  -  错误  无法读取文件：EACCES  cli/read-failed',
        '',
        '✖ 4 个问题（2 个错误，1 个警告，1 个提示），涉及 2/3 个文件',
        '',
      ].join('\n'),
    )
  })

  it('speaks English and colours only when asked', () => {
    const text = formatStylish(results, { lang: 'en' })
    expect(text).toContain('  40:3      error    总计 12')
    expect(text).toContain('✖ 4 problems (2 errors, 1 warning, 1 info) in 2/3 files')
    expect(text).not.toContain('\u001B[')
    expect(formatStylish(results, { color: true })).toContain('\u001B[31m错误\u001B[39m')
    expect(formatStylish([result('clean.html', [])], { lang: 'en' })).toBe('✔ 1 file checked, no problems\n')
  })
})

describe('compact', () => {
  it('prints one greppable line per finding', () => {
    expect(formatCompact(results, { lang: 'en' }).split('\n')).toEqual([
      'a/报告.txt: 40:3, error - 总计 12 与各项之和 11 不一致 (zfxxgk/applications-total)',
      'a/报告.txt: T2 R5 C4, warning - Negative value in cell (zfxxgk/non-negative)',
      'a/报告.txt: P7, info - 缺少第六部分 (parse/missing-section)',
      'bad.doc: -, error - 无法读取文件：EACCES (cli/read-failed)',
      '',
      '✖ 4 problems (2 errors, 1 warning, 1 info) in 2/3 files',
      '',
    ])
  })
})

describe('json', () => {
  it('uses ESLint LintResult field names with the extras', () => {
    const [first, second, third] = JSON.parse(formatJson(results))
    expect(first).toMatchObject({ filePath: 'a/报告.txt', format: 'tab-text', errorCount: 1, warningCount: 1, infoCount: 1, fatalErrorCount: 0 })
    expect(first.messages[0]).toEqual({
      ruleId: 'zfxxgk/applications-total',
      severity: 2,
      level: 'error',
      message: '总计 12 与各项之和 11 不一致',
      messageId: 'mismatch',
      line: 40,
      column: 3,
      endLine: 40,
      endColumn: 5,
      place: '40:3',
      location: sumMismatch.location,
      keys: ['applications.newReceived.total'],
      expected: '11',
      actual: '12',
      source: '@zfxxgk/rules',
      url: 'https://example.org/rules/applications-total',
    })
    expect(first.messages[1]).toMatchObject({ severity: 1, level: 'warning', place: 'T2 R5 C4', location: { table: 2, row: 5, col: 4 } })
    expect(first.messages[1].line).toBeUndefined()
    expect(first.messages[2]).toMatchObject({ severity: 0, level: 'info', place: 'P7' })
    expect(second.messages).toEqual([])
    expect(third.messages[0]).toMatchObject({ ruleId: 'cli/read-failed', fatal: true, severity: 2 })
  })

  it('streams the same array', () => {
    const reporter = jsonReporter()
    let text = reporter.start()
    for (const item of results) text += reporter.file(item)
    text += reporter.end({ files: 3, filesWithProblems: 2, errorCount: 2, warningCount: 1, infoCount: 1, fatalErrorCount: 1 })
    expect(JSON.parse(text)).toEqual(JSON.parse(formatJson(results)))
  })
})

describe('sarif', () => {
  it('turns paths into artifact URIs', () => {
    expect(artifactUri('reports/2024 报告.html')).toBe('reports/2024%20%E6%8A%A5%E5%91%8A.html')
    expect(artifactUri('/data/报告.docx')).toBe('file:///data/%E6%8A%A5%E5%91%8A.docx')
  })

  it('writes SARIF 2.1.0 with physical and logical locations and fatal notifications', () => {
    const log = JSON.parse(formatSarif(results, { toolVersion: '1.2.3' }))
    expect(log.version).toBe('2.1.0')
    const run = log.runs[0]
    expect(run.tool.driver).toMatchObject({ name: 'zfxxgk', version: '1.2.3' })
    expect(run.tool.driver.rules).toEqual([
      { id: 'zfxxgk/applications-total', helpUri: 'https://example.org/rules/applications-total' },
      { id: 'zfxxgk/non-negative' },
      { id: 'parse/missing-section' },
      { id: 'cli/read-failed' },
    ])
    expect(run.artifacts).toEqual([
      { location: { uri: 'a/%E6%8A%A5%E5%91%8A.txt' } },
      { location: { uri: 'clean.html' } },
      { location: { uri: 'bad.doc' } },
    ])
    expect(run.results.map((r: { level: string }) => r.level)).toEqual(['error', 'warning', 'note', 'error'])
    expect(run.results[0]).toEqual({
      ruleId: 'zfxxgk/applications-total',
      ruleIndex: 0,
      level: 'error',
      message: { text: '总计 12 与各项之和 11 不一致' },
      locations: [
        {
          physicalLocation: { artifactLocation: { uri: 'a/%E6%8A%A5%E5%91%8A.txt', index: 0 }, region: { startLine: 40, startColumn: 3, endLine: 40, endColumn: 5 } },
          logicalLocations: [{ fullyQualifiedName: 'applications.newReceived.total', kind: 'member' }],
        },
      ],
      properties: { expected: '11', actual: '12' },
    })
    expect(run.results[1].locations[0]).toEqual({
      physicalLocation: { artifactLocation: { uri: 'a/%E6%8A%A5%E5%91%8A.txt', index: 0 } },
      logicalLocations: [{ name: 'T2 R5 C4', fullyQualifiedName: 'tables[2].rows[5].cells[4]', kind: 'element' }],
    })
    expect(run.results[3].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'bad.doc', index: 2 })
    expect(run.invocations[0].toolExecutionNotifications).toEqual([
      { level: 'error', message: { text: '无法读取文件：EACCES' }, descriptor: { id: 'cli/read-failed' }, locations: [run.results[3].locations[0]] },
    ])
  })
})
