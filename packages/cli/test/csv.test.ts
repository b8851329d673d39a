import { cellKeys } from '@zfxxgk/core'
import { describe, expect, it } from 'vitest'
import { cellColumns, exportColumns, unionInOrder } from '../src/export/columns.js'
import { csvField, csvRow, toCsv, utf8Bom } from '../src/export/csv.js'
import { toExportRow } from '../src/export/export-row.js'
import { createRowWriter } from '../src/export/writers.js'
import type { FileResult } from '../src/types.js'

describe('CSV fields', () => {
  it('quotes commas, quotes, line breaks and edge spaces, and doubles inner quotes', () => {
    expect(csvField('白杨镇人民政府')).toBe('白杨镇人民政府')
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('他说"无"')).toBe('"他说""无"""')
    expect(csvField('第一行\n第二行')).toBe('"第一行\n第二行"')
    expect(csvField('x\r\ny')).toBe('"x\r\ny"')
    expect(csvField(' 前导空格')).toBe('" 前导空格"')
    expect(csvField(null)).toBe('')
    expect(csvField(undefined)).toBe('')
    expect(csvField(0)).toBe('0')
    expect(csvField(2624)).toBe('2624')
    expect(csvField(0.1234)).toBe('0.1234')
  })

  it('neutralizes text that would run as a spreadsheet formula, but not numbers', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`)
    expect(csvField('+1')).toBe("'+1")
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvField(-5)).toBe('-5')
  })

  it('writes CRLF records and an optional BOM', () => {
    expect(csvRow(['a', 1, null, 'b"c'])).toBe('a,1,,"b""c"\r\n')
    const text = toCsv([{ a: 1, b: 'x,y' }, { a: null }], ['a', 'b'], { bom: true })
    expect(text).toBe(`${utf8Bom}a,b\r\n1,"x,y"\r\n,\r\n`)
    expect(text.charCodeAt(0)).toBe(0xfeff)
    expect(toCsv([], ['a'])).toBe('a\r\n')
  })
})

describe('export columns', () => {
  it('merges keys keeping both orders', () => {
    expect(unionInOrder(['a', 'b', 'c'], ['a', 'x', 'b', 'y', 'z'])).toEqual(['a', 'x', 'b', 'y', 'z', 'c'])
    expect(unionInOrder(['a'], ['q', 'a'])).toEqual(['q', 'a'])
  })

  it('holds every cell key of both editions once, plus the procurement unit', () => {
    const columns = cellColumns()
    expect(new Set(columns).size).toBe(columns.length)
    for (const key of [...cellKeys('2021'), ...cellKeys('2019')]) expect(columns).toContain(key)
    expect(columns.length).toBe(new Set([...cellKeys('2021'), ...cellKeys('2019')]).size + 1)
    const amount = columns.indexOf('activeDisclosure.centralizedProcurement.totalAmount')
    expect(columns[amount + 1]).toBe('activeDisclosure.centralizedProcurement.totalAmountUnit')
    // 2019's own rows sit among the active-disclosure keys, before section 三.
    expect(columns.indexOf('activeDisclosure.otherManagementServices.decisions')).toBeLessThan(columns.indexOf('applications.newReceived.naturalPerson'))
    expect(columns.indexOf('applications.results.otherHandling.overdueCorrection.total')).toBeLessThan(columns.indexOf('applications.results.total.naturalPerson'))
  })

  it('starts with the metadata and ends with the counts', () => {
    const columns = exportColumns()
    expect(columns.slice(0, 6)).toEqual(['file', 'format', 'agencyName', 'reportYear', 'edition', 'publicationDate'])
    expect(columns.slice(-4)).toEqual(['errors', 'warnings', 'infos', 'fatal'])
  })
})

const result2019: FileResult = {
  filePath: 'reports/北杨集镇 2019.txt',
  format: 'tab-text',
  diagnostics: [],
  errorCount: 1,
  warningCount: 2,
  infoCount: 0,
  fatalErrorCount: 0,
  meta: { agencyName: '北杨集镇人民政府', reportYear: 2019, edition: '2019', publicationDate: '2020-01-15' },
  cells: {
    'activeDisclosure.normativeDocuments.newlyPublished': 52,
    'activeDisclosure.normativeDocuments.totalPublished': 48,
    'activeDisclosure.centralizedProcurement.totalAmountUnit': '万元',
    'applications.newReceived.total': null,
  },
}
const unreadable: FileResult = {
  filePath: 'broken, "old".doc',
  format: null,
  diagnostics: [],
  errorCount: 1,
  warningCount: 0,
  infoCount: 0,
  fatalErrorCount: 1,
  meta: null,
}

describe('export rows', () => {
  it('puts each value under its canonical key, blank for other editions and blank cells', () => {
    const writer = createRowWriter('csv')
    const header = writer.start().trimEnd().split(',')
    const line = writer.row(toExportRow(result2019)).trimEnd().split(',')
    const value = (column: string) => line[header.indexOf(column)]
    expect(value('file')).toBe('reports/北杨集镇 2019.txt')
    expect(value('agencyName')).toBe('北杨集镇人民政府')
    expect(value('reportYear')).toBe('2019')
    expect(value('edition')).toBe('2019')
    expect(value('publicationDate')).toBe('2020-01-15')
    expect(value('activeDisclosure.normativeDocuments.newlyPublished')).toBe('52')
    expect(value('activeDisclosure.normativeDocuments.totalPublished')).toBe('48')
    expect(value('activeDisclosure.centralizedProcurement.totalAmountUnit')).toBe('万元')
    expect(value('applications.newReceived.total')).toBe('')
    expect(value('activeDisclosure.regulations.issued')).toBe('')
    expect(value('errors')).toBe('1')
    expect(value('warnings')).toBe('2')
    expect(line.length).toBe(header.length)
  })

  it('writes a row for a file that could not be read, quoting its name', () => {
    const row = createRowWriter('csv').row(toExportRow(unreadable))
    expect(row.startsWith('"broken, ""old"".doc",,,,,,')).toBe(true)
    expect(row.endsWith(',1,0,0,1\r\n')).toBe(true)
  })

  it('writes JSON Lines and a JSON array without BOM', () => {
    const jsonl = createRowWriter('jsonl', { bom: true })
    const text = jsonl.start() + jsonl.row(toExportRow(result2019)) + jsonl.row(toExportRow(unreadable)) + jsonl.end()
    const rows = text.trimEnd().split('\n').map((line) => JSON.parse(line))
    expect(rows[0]['activeDisclosure.normativeDocuments.totalPublished']).toBe(48)
    expect(rows[0]['applications.newReceived.total']).toBeNull()
    expect(rows[1]).toEqual({ file: 'broken, "old".doc', format: null, agencyName: null, reportYear: null, edition: null, publicationDate: null, errors: 1, warnings: 0, infos: 0, fatal: 1 })
    const json = createRowWriter('json', { bom: true })
    const array = JSON.parse(json.start() + json.row(toExportRow(result2019)) + json.row(toExportRow(unreadable)) + json.end())
    expect(array.map((row: { file: string }) => row.file)).toEqual(['reports/北杨集镇 2019.txt', 'broken, "old".doc'])
    const empty = createRowWriter('json')
    expect(JSON.parse(empty.start() + empty.end())).toEqual([])
  })

  it('starts CSV with a BOM when asked', () => {
    expect(createRowWriter('csv', { bom: true }).start().startsWith(`${utf8Bom}file,format,`)).toBe(true)
    expect(createRowWriter('csv').start().startsWith('file,format,')).toBe(true)
  })
})
