import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseReport, parseReportSync, strict } from '../src/index.js'

const sample = (name: string) => readFileSync(new URL(`../../../examples/reports/${name}`, import.meta.url))

describe('zfxxgk: parseReport with every adapter and the recommended rules', () => {
  it('sniffs each sample report to its adapter', async () => {
    const formats: Record<string, string | null> = {}
    for (const name of ['baiyang-2022.txt', 'fengling-2023.txt', 'mianyang-2021.md', 'sample-2025-minimal.html', 'shanghai-office-2019.html']) {
      formats[name] = (await parseReport(sample(name))).format
    }
    expect(formats).toEqual({
      'baiyang-2022.txt': 'tab-text',
      'fengling-2023.txt': 'pipe-table',
      'mianyang-2021.md': 'pipe-table',
      'sample-2025-minimal.html': 'html',
      'shanghai-office-2019.html': 'html',
    })
  })

  it('runs the recommended rules by default, none with config: false', async () => {
    const checked = await parseReport(sample('mianyang-2021.txt'))
    expect(checked.ruleResults?.failed).toEqual(['zfxxgk/applications-shape'])
    expect(checked.ruleResults?.notAssessable).toEqual(expect.arrayContaining(['zfxxgk/applications-balance', 'zfxxgk/applications-results-total']))
    const plain = await parseReport(sample('mianyang-2021.txt'), { config: false })
    expect(plain.ruleResults).toBeUndefined()
    expect(plain.diagnostics.filter((d) => d.ruleId === 'parse/row-missing')).toHaveLength(12)
  })

  it('a rule naming the same missing row replaces the parser finding', async () => {
    const { diagnostics } = await parseReport(sample('mianyang-2021.txt'))
    expect(diagnostics.filter((d) => d.ruleId === 'parse/row-missing')).toHaveLength(0)
    expect(diagnostics.filter((d) => d.ruleId === 'zfxxgk/applications-shape')).toHaveLength(12)
  })

  it('parseReportSync reads the text formats with the same result', async () => {
    const text = sample('beiyangji-2019.txt')
    const sync = parseReportSync(text, { config: strict })
    const async = await parseReport(text, { config: strict })
    expect(sync.report).toEqual(async.report)
    expect(sync.diagnostics.map((d) => d.ruleId)).toEqual(async.diagnostics.map((d) => d.ruleId))
    expect(sync.ruleResults?.failed).toEqual(['zfxxgk/published-total-covers-new', 'zfxxgk/regulations-rulemaking-power'])
  })
})

describe('zfxxgk: files an adapter refuses', () => {
  it('an adapter’s own fatal finding is the only one: no “empty input” on top of it', async () => {
    const ole = new Uint8Array(4096)
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
    const { report, diagnostics, format } = await parseReport(ole, { fileName: 'report.doc' })
    expect(report).toBeNull()
    expect(format).toBe('doc')
    expect(diagnostics.filter((d) => d.fatal)).toHaveLength(1)
    expect(diagnostics.some((d) => d.ruleId === 'parse/empty-input')).toBe(false)
  })
})
