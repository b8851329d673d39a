import { describe, expect, it } from 'vitest'
import { decodeBytes } from './decode.js'

describe('decodeBytes', () => {
  const text = '政府信息公开工作年度报告'
  it('UTF-8 with and without BOM', () => {
    const utf8 = new TextEncoder().encode(text)
    expect(decodeBytes(utf8)).toEqual({ kind: 'text', text, encoding: 'UTF-8', replaced: 0 })
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ kind: 'text', text, encoding: 'UTF-8', replaced: 0 })
  })
  it('UTF-16 by its BOM', () => {
    const le = new Uint8Array([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])])
    expect(decodeBytes(le)).toMatchObject({ kind: 'text', text, encoding: 'UTF-16LE' })
  })
  it('GBK bytes are read as GB18030', () => {
    // 政府 in GBK: D5FE B8AE
    expect(decodeBytes(new Uint8Array([0xd5, 0xfe, 0xb8, 0xae]))).toEqual({ kind: 'text', text: '政府', encoding: 'GB18030', replaced: 0 })
  })
  it('known binary formats and control bytes are not text', () => {
    expect(decodeBytes(new TextEncoder().encode('%PDF-1.4 ...'))).toEqual({ kind: 'binary', reason: 'PDF' })
    expect(decodeBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]))).toEqual({ kind: 'binary', reason: 'ZIP' })
    expect(decodeBytes(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1]))).toEqual({ kind: 'binary', reason: 'OLE (Word 97-2003)' })
    expect(decodeBytes(new Uint8Array(100).fill(1))).toEqual({ kind: 'binary', reason: 'control bytes' })
  })
})
