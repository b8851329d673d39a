import { readFileSync } from 'node:fs'
import { parseReport, parseReportSync, type ParseResult } from '@zfxxgk/core'
import { describe, expect, it } from 'vitest'
import { pipeTable, tabText } from '../../src/index.js'

const adapters = [tabText, pipeTable]
const fatal = (result: ParseResult) => result.diagnostics.filter((d) => d.fatal).map((d) => d.ruleId)
const seed = readFileSync(new URL('../fixtures/seeds/004_1d3bd799e56a65c1.txt', import.meta.url), 'utf8')

/** Deterministic noise: a linear congruential generator, so a failure can be replayed. */
function noise(length: number, seed = 7): Uint8Array {
  const bytes = new Uint8Array(length)
  let x = seed
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0
    bytes[i] = x >>> 24
  }
  return bytes
}

describe('bad input gives diagnostics, never a throw', () => {
  it('empty text and empty bytes', async () => {
    for (const input of ['', new Uint8Array(0)]) {
      const result = await parseReport(input, { adapters })
      expect(result.report).toBeNull()
      expect(fatal(result)).toEqual(['parse/empty-input'])
      expect(result.diagnostics[0]!.message).toBe('输入为空，应为一份政府信息公开工作年度报告')
    }
  })

  it('whitespace only', async () => {
    const result = await parseReport(' \n\t\n\u3000\n', { adapters })
    expect(fatal(result)).toEqual(['parse/empty-input'])
  })

  it('binary noise', async () => {
    const result = await parseReport(noise(50_000), { adapters })
    expect(result.report).toBeNull()
    expect(fatal(result)).toEqual(['parse/binary-input'])
    expect(result.diagnostics[0]!.message).toBe('输入不是可读的文本（control bytes），应为文本、HTML 或 Word 文件')
  })

  it('a PDF given to the text adapters', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n')
    const result = await parseReport(pdf, { adapters, format: 'tab-text' })
    expect(fatal(result)).toEqual(['parse/binary-input'])
    expect(result.diagnostics[0]!.data).toEqual({ reason: 'PDF' })
  })

  it('an unrelated Chinese article', async () => {
    const article = '春天来了，公园里的桃花开了。\n市民们纷纷走出家门，踏青赏花。\n据气象部门预报，本周天气晴好，气温逐步回升。\n'.repeat(20)
    const result = await parseReport(article, { adapters })
    expect(result.report).toBeNull()
    expect(fatal(result)).toEqual(['parse/not-a-report'])
  })

  it('invalid UTF-8 inside an otherwise readable report is replaced and reported', async () => {
    const bytes = new TextEncoder().encode(seed)
    const broken = new Uint8Array([...bytes.subarray(0, 100), 0xff, 0xfe, 0xfd, ...bytes.subarray(100)])
    const result = await parseReport(broken, { adapters })
    expect(result.report?.meta.agencyName).toBe('棉洋镇人民政府')
    expect(result.diagnostics.some((d) => d.ruleId === 'parse/decode-replaced')).toBe(true)
  })

  it('GB18030 bytes decode to the same report as UTF-8', async () => {
    // GBK has no NBSP; the page would have used a plain space.
    const text = seed.replaceAll('\u00a0', ' ')
    const a = await parseReport(encodeGb18030(text), { adapters })
    const b = await parseReport(text, { adapters })
    expect(a.report).toEqual(b.report)
    expect(a.diagnostics.some((d) => d.ruleId === 'parse/decode-replaced')).toBe(false)
  })

  it('a 5 MB text', async () => {
    const big = seed.repeat(Math.ceil((5 * 1024 * 1024) / seed.length))
    const result = parseReportSync(big, { adapters })
    expect(result.report?.meta.agencyName).toBe('棉洋镇人民政府')
    expect(result.diagnostics.some((d) => d.ruleId === 'parse/row-duplicated')).toBe(true)
  })

  it('a line of 1 MB with no newline', async () => {
    for (const line of ['政'.repeat(1024 * 1024), '0\t'.repeat(512 * 1024), '| '.repeat(512 * 1024)]) {
      const result = parseReportSync(line, { adapters })
      expect(result.report).toBeNull()
      expect(fatal(result).length).toBe(1)
    }
  })

  it('invalid options are programming errors and throw', async () => {
    await expect(parseReport('x', { adapters, format: 'pdf' })).rejects.toThrow(/unknown format `pdf`/)
    await expect(parseReport('x', { adapters, lang: 'fr' as 'zh' })).rejects.toThrow(/`lang` must be one of zh, en/)
    await expect(parseReport(42 as unknown as string, { adapters })).rejects.toThrow(TypeError)
  })

  it('an adapter that crashes becomes a fatal diagnostic', async () => {
    const broken = { ...tabText, name: 'broken', parse: () => { throw new Error('boom') } }
    const result = await parseReport(seed, { adapters: [broken], format: 'broken' })
    expect(result.report).toBeNull()
    expect(result.diagnostics.map((d) => d.message)).toEqual(['broken 解析失败：boom'])
  })
})

/** GB18030 encoding for the test, from the platform's decoder: maps each code point by search. */
function encodeGb18030(text: string): Uint8Array {
  const decoder = new TextDecoder('gb18030')
  const table = new Map<string, number[]>()
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue
      const ch = decoder.decode(new Uint8Array([lead, trail]))
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [lead, trail])
    }
  }
  const out: number[] = []
  for (const ch of text) {
    const code = ch.codePointAt(0)!
    if (code < 0x80) out.push(code)
    else {
      const bytes = table.get(ch)
      if (!bytes) throw new Error(`no GB18030 two-byte code for ${ch}`)
      out.push(...bytes)
    }
  }
  return new Uint8Array(out)
}
