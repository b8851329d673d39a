import { readFileSync } from 'node:fs'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { cellKeys, getPath, parseReport, type ParseResult } from '@zfxxgk/core'
import { describe, expect, it } from 'vitest'
import { defaultAdapters } from '../../src/index.js'
import { docx } from '../../src/docx/index.js'
import { fixtureBytes, fixtureDir } from './helpers.js'

interface Expected {
  edition: '2019' | '2021'
  meta: { agencyName: string | null; reportYear: number | null; publicationDate: string | null }
}

const expectedOf = (name: string): Expected => JSON.parse(readFileSync(`${fixtureDir}${name}.expected.json`, 'utf8')) as Expected
const read = (file: string): Promise<ParseResult> => parseReport(fixtureBytes(file), { adapters: [docx], fileName: file })

/** Every cell key of the edition; 2021's derived `otherHandling.total` is checked as a sum instead. */
function cellsOf(report: unknown, edition: '2019' | '2021'): Record<string, unknown> {
  const cells: Record<string, unknown> = {}
  for (const key of cellKeys(edition)) {
    if (edition === '2021' && key.startsWith('applications.results.otherHandling.total.')) continue
    cells[key] = getPath(report, key) ?? null
  }
  return cells
}

/**
 * The real pages state their publication date in the web page around the report (`<meta
 * name="PubDate">`, a 发布日期 line above the article), not in a signature line; a Word file
 * carries no such page metadata, so for them only the agency and the year are compared.
 */
const dateFromPageOnly = new Set(['pingtan-2024', 'pingtan-2025', 'shanghai-office-2019', 'sample-2025-minimal', 'numbered-headings'])

const fixtures = [
  // Real pages saved as .docx by LibreOffice (rowspan label cells become w:vMerge restart/continue).
  'pingtan-2024',
  'pingtan-2025',
  'shanghai-office-2019',
  'sample-2025-minimal',
  // Section headings numbered by Word lists (chineseCountingThousand `%1、`, `（%2）`), not by text.
  'numbered-headings',
  // The five seeds rendered in the official layout and saved as .docx by LibreOffice.
  'seed-000_d8fd9a1c9776479a',
  'seed-001_9ec49e90548ab3ce',
  'seed-002_999193c3277cf575',
  'seed-003_7a65bc881374ab27',
  'seed-004_1d3bd799e56a65c1',
]

describe('.docx reports, end to end through parseReport', () => {
  for (const name of fixtures) {
    it(`${name}.docx: every cell, the edition and the metadata equal the source`, async () => {
      const expected = expectedOf(name)
      const result = await read(`${name}.docx`)
      expect(result.format).toBe('docx')
      expect(result.report, JSON.stringify(result.diagnostics.filter((d) => d.severity === 'error'))).not.toBeNull()
      expect(result.report!.edition).toBe(expected.edition)
      expect(cellsOf(result.report, result.report!.edition)).toEqual(cellsOf(expected, expected.edition))
      expect(result.report!.meta.agencyName).toBe(expected.meta.agencyName)
      expect(result.report!.meta.reportYear).toBe(expected.meta.reportYear)
      if (!dateFromPageOnly.has(name)) expect(result.report!.meta.publicationDate).toBe(expected.meta.publicationDate)
    })
  }

  it('the blank official 2021 template: a 2021 report whose cells are all null, and a diagnostic that the tables are empty', async () => {
    const { report, diagnostics } = await read('template-2021-blank.docx')
    expect(report).not.toBeNull()
    expect(report!.edition).toBe('2021')
    const filled = cellKeys('2021').filter((key) => getPath(report, key) !== null && getPath(report, key) !== undefined)
    expect(filled).toEqual([])
    expect(diagnostics.map((d) => d.ruleId)).toContain('parse/tables-empty')
  })

  it('numbered headings: the mapper finds all six sections from list numbers alone', async () => {
    const { diagnostics, document } = await read('numbered-headings.docx')
    expect(diagnostics.filter((d) => d.ruleId === 'parse/section-missing')).toEqual([])
    const texts = document!.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []))
    expect(texts).toContain('一、总体情况')
    expect(texts).toContain('六、其他需要报告的事项')
  })

  it("numbered headings with Word's default tab after the number read the same", async () => {
    const files = unzipSync(fixtureBytes('numbered-headings.docx'))
    files['word/numbering.xml'] = strToU8(strFromU8(files['word/numbering.xml']!).replace(/<w:suff w:val="nothing"\/>/g, ''))
    const { report, diagnostics, document } = await parseReport(zipSync(files), { adapters: [docx] })
    expect(document!.blocks.some((b) => b.kind === 'paragraph' && b.text === '一、\t总体情况')).toBe(true)
    expect(diagnostics.filter((d) => d.ruleId === 'parse/section-missing')).toEqual([])
    const expected = expectedOf('numbered-headings')
    expect(cellsOf(report, '2021')).toEqual(cellsOf(expected, expected.edition))
  })

  it('without its numbering part the same file loses the ordinals, and the mapper misses sections', async () => {
    const files = unzipSync(fixtureBytes('numbered-headings.docx'))
    delete files['word/numbering.xml']
    const { diagnostics } = await parseReport(zipSync(files), { adapters: [docx] })
    expect(diagnostics.filter((d) => d.ruleId === 'parse/section-missing').length).toBeGreaterThan(0)
  })

  it('every diagnostic of a Word report has a table/row/column or paragraph location', async () => {
    for (const name of fixtures) {
      const { diagnostics } = await read(`${name}.docx`)
      for (const d of diagnostics.filter((d) => d.location !== undefined)) {
        const l = d.location!
        expect(l.table !== undefined || l.paragraph !== undefined, `${name}: ${d.ruleId} ${JSON.stringify(l)}`).toBe(true)
      }
    }
  })

  it('with the default (lazy) adapters, a .docx is chosen by its bytes and a .doc gets the save-as-.docx diagnostic', async () => {
    const word = await parseReport(fixtureBytes('sample-2025-minimal.docx'), { adapters: defaultAdapters })
    expect(word.format).toBe('docx')
    expect(word.report?.applications.newReceived.total).toBe(14069)
    const legacy = await parseReport(fixtureBytes('sample-2025-minimal.doc'), { adapters: defaultAdapters, fileName: '年报.doc' })
    expect(legacy.format).toBe('doc')
    expect(legacy.report).toBeNull()
    expect(legacy.diagnostics[0]).toMatchObject({ ruleId: 'doc/legacy-doc', severity: 'error', fatal: true })
    const locked = await parseReport(fixtureBytes('encrypted.docx'), { adapters: defaultAdapters, fileName: '年报.docx' })
    expect(locked.report).toBeNull()
    expect(locked.diagnostics.map((d) => d.messageId)).toContain('encrypted')
  })
})
