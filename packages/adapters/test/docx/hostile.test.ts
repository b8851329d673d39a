import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { createDocxAdapter, doc, docx } from '../../src/docx/index.js'
import { readEntry } from '../../src/docx/zip/read-entry.js'
import { readCentralDirectory } from '../../src/docx/zip/central-directory.js'
import { defaultDocxLimits } from '../../src/docx/options.js'
import { fixtureBytes, makeDocx, p, parseDocx, parseWith } from './helpers.js'

/** Deterministic pseudo-random bytes (a linear congruential generator). */
function randomBytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length)
  let x = seed >>> 0
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0
    out[i] = x >>> 24
  }
  return out
}

/** Overwrites the declared uncompressed size of `name` in both its local header and the central directory. */
function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const bytes = zip.slice()
  const view = new DataView(bytes.buffer)
  const nameBytes = strToU8(name)
  const matchesAt = (at: number) => nameBytes.every((b, i) => bytes[at + i] === b)
  for (let at = 0; at + 46 < bytes.length; at++) {
    const sig = view.getUint32(at, true)
    if (sig === 0x04034b50 && matchesAt(at + 30)) view.setUint32(at + 22, size, true)
    if (sig === 0x02014b50 && matchesAt(at + 46)) view.setUint32(at + 24, size, true)
  }
  return bytes
}

async function expectFatal(bytes: Uint8Array, messageId: string, adapter = docx) {
  const { document, reported } = await parseWith(adapter, bytes)
  expect(document.blocks).toEqual([])
  expect(reported).toHaveLength(1)
  expect(reported[0]).toMatchObject({ messageId, severity: 'error', fatal: true })
  expect(reported[0]!.text.zh).not.toBe('')
  expect(reported[0]!.text.en).not.toBe('')
  return reported[0]!
}

describe('hostile and broken files give one clear diagnostic, never a throw', () => {
  it('a zip bomb by declared size is refused before anything is inflated', async () => {
    const bomb = declareSize(makeDocx(p('x')), 'word/main.xml', 3_000_000_000)
    const found = await expectFatal(bomb, 'too-large')
    expect(found.data).toMatchObject({ limit: defaultDocxLimits.maxTotalSize })
    const small = createDocxAdapter({ limits: { maxPartSize: 100 } })
    await expectFatal(makeDocx(p('x'.repeat(500))), 'too-large', small)
  })

  it('a zip bomb that inflates beyond what it declares is stopped early, memory bounded', async () => {
    const inflated = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${' '.repeat(40_000_000)}</w:body></w:document>`
    const zip = zipSync({ 'word/document.xml': [strToU8(inflated), { level: 9 }] })
    expect(zip.length).toBeLessThan(100_000)
    const lying = declareSize(zip, 'word/document.xml', 1000)
    const found = await expectFatal(lying, 'inflated-too-large')
    expect(found.data).toMatchObject({ part: 'word/document.xml', limit: 1000, declared: 1000 })
    // The inflater hands out at most one slice's worth beyond the cap before it is stopped.
    const entries = readCentralDirectory(lying, defaultDocxLimits) as Map<string, Parameters<typeof readEntry>[1]>
    let delivered = 0
    const problem = readEntry(lying, entries.get('word/document.xml')!, defaultDocxLimits.maxPartSize, (chunk) => void (delivered += chunk.length))
    expect(problem?.messageId).toBe('inflated-too-large')
    expect(delivered).toBeLessThan(1_000_000)
  })

  it('too many entries are refused from the directory count alone', async () => {
    const files: Record<string, Uint8Array> = {}
    for (let i = 0; i < 30; i++) files[`word/media/${i}.bin`] = new Uint8Array(1)
    const zip = makeDocx(p('x'), { extra: Object.fromEntries(Object.keys(files).map((k) => [k, ''])) })
    const found = await expectFatal(zip, 'too-many-entries', createDocxAdapter({ limits: { maxEntries: 10 } }))
    expect(found.data).toMatchObject({ limit: 10 })
    // 60000 entries claimed by the end-of-directory record: refused without reading any entry.
    const claimed = makeDocx(p('x')).slice()
    const view = new DataView(claimed.buffer)
    const eocd = claimed.length - 22
    expect(view.getUint32(eocd, true)).toBe(0x06054b50)
    view.setUint16(eocd + 8, 60000, true)
    view.setUint16(eocd + 10, 60000, true)
    await expectFatal(claimed, 'too-many-entries')
  })

  it('a DOCTYPE is refused (entity expansion), in the main part and in numbering.xml', async () => {
    const laughs = '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
    const found = await expectFatal(makeDocx(p('&lol2;'), { prolog: laughs }), 'xml-doctype')
    expect(found.data).toMatchObject({ part: 'word/main.xml' })
    const numbering = makeDocx(p('x'), { numbering: '<w:num w:numId="1"/>', extra: { 'word/numbering.xml': `<?xml version="1.0"?>${laughs}<w:numbering/>` } })
    await expectFatal(numbering, 'xml-doctype')
  })

  it('a truncated file at any length gives a diagnostic', async () => {
    const whole = fixtureBytes('sample-2025-minimal.docx')
    for (let length = 0; length < whole.length; length += 397) {
      const { reported } = await parseDocx(whole.subarray(0, length))
      expect(reported.some((d) => d.fatal), `length ${length}`).toBe(true)
      expect(reported.every((d) => ['truncated', 'not-a-zip'].includes(d.messageId)), `length ${length}: ${JSON.stringify(reported)}`).toBe(true)
    }
  })

  it('random bytes, and random bytes behind a ZIP signature, give a diagnostic', async () => {
    for (let seed = 1; seed <= 40; seed++) {
      const bytes = randomBytes(10 + seed * 97, seed)
      if (seed % 2 === 0) bytes.set([0x50, 0x4b, 0x03, 0x04])
      const { document, reported } = await parseDocx(bytes)
      expect(document.blocks).toEqual([])
      expect(reported.length).toBeGreaterThan(0)
      expect(reported[0]!.fatal).toBe(true)
    }
  })

  it('damaged deflate data inside a valid directory gives a diagnostic', async () => {
    const zip = makeDocx(p('正文'.repeat(200))).slice()
    const text = new TextDecoder('latin1').decode(zip)
    const at = text.indexOf('word/main.xml') + 'word/main.xml'.length
    for (let i = at + 5; i < at + 60; i++) zip[i] = 0xff
    const { document, reported } = await parseDocx(zip)
    expect(document.blocks).toEqual([])
    expect(reported[0]).toMatchObject({ fatal: true })
    expect(['truncated', 'xml-malformed']).toContain(reported[0]!.messageId)
  })

  it('a PDF named .docx is recognised as a PDF', async () => {
    await expectFatal(strToU8('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF'), 'pdf-not-docx')
  })

  it('a password-protected .docx (OLE with EncryptionInfo) is reported as encrypted', async () => {
    await expectFatal(fixtureBytes('encrypted.docx'), 'encrypted')
    await expectFatal(fixtureBytes('encrypted.docx'), 'encrypted', doc)
  })

  it('a ZIP entry with the encryption flag is reported as encrypted', async () => {
    const zip = makeDocx(p('x')).slice()
    const view = new DataView(zip.buffer)
    for (let at = 0; at + 46 < zip.length; at++) if (view.getUint32(at, true) === 0x02014b50) view.setUint16(at + 8, 1, true)
    await expectFatal(zip, 'encrypted')
  })

  it('a ZIP without a Word main part, malformed XML, and a web page saved as .docx', async () => {
    await expectFatal(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }), 'missing-main-part')
    await expectFatal(makeDocx('<w:p><w:r><w:t>unclosed</w:r></w:p>'), 'xml-malformed')
    await expectFatal(strToU8('<html><body><table><tr><td>1</td></tr></table></body></html>'), 'html-not-docx')
  })

  it('a body with nothing to read, or in a namespace that is not Word\'s, is said to be empty', async () => {
    await expectFatal(makeDocx('<w:p/><w:p><w:r><w:t> </w:t></w:r></w:p>'), 'empty-body')
    await expectFatal(makeDocx(p('正文'), { namespace: 'http://schemas.openxmlformats.org/wordprocessingml/2006/mainX' }), 'empty-body')
  })

  it('a damaged styles part is a warning when its styles could number paragraphs, and not read when they could not', async () => {
    const numbering = '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="nothing"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
    const body = '<w:p><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>正文</w:t></w:r></w:p>'
    const withNumId = await parseDocx(makeDocx(body, { numbering, styles: '<w:style><w:pPr><w:numPr><w:numId w:val="1"/>' }))
    expect(withNumId.reported).toMatchObject([{ messageId: 'part-unreadable', severity: 'warning', data: { part: 'word/styles.xml' } }])
    const withoutNumId = await parseDocx(makeDocx(body, { numbering, styles: '<w:style><w:name w:val="x">' }))
    expect(withoutNumId.reported).toEqual([])
    for (const { document } of [withNumId, withoutNumId]) {
      expect(document.blocks).toMatchObject([{ kind: 'paragraph', text: '1.正文' }])
    }
  })

  it('a damaged numbering part is a warning and the text is still read', async () => {
    const { document, reported } = await parseDocx(makeDocx(p('正文'), { numbering: '<w:num', extra: {} }))
    expect(document.blocks).toHaveLength(1)
    expect(reported).toMatchObject([{ messageId: 'part-unreadable', severity: 'warning', data: { part: 'word/numbering.xml' } }])
  })
})

describe('legacy Word 97-2003 (.doc)', () => {
  it('a .doc saved by LibreOffice gets the diagnostic asking for .docx, from either adapter', async () => {
    const bytes = fixtureBytes('sample-2025-minimal.doc')
    const found = await expectFatal(bytes, 'legacy-doc', doc)
    expect(found.text.zh).toContain('另存为')
    await expectFatal(bytes, 'legacy-doc', docx)
  })

  it('a real .docx named .doc is read as a .docx', async () => {
    const { document, reported } = await parseWith(doc, fixtureBytes('sample-2025-minimal.docx'))
    expect(reported).toEqual([])
    expect(document.format).toBe('docx')
    expect(document.blocks.filter((b) => b.kind === 'table')).toHaveLength(3)
  })

  it('sniffing: .doc bytes go to the doc adapter, .docx bytes to docx', () => {
    const docBytes = fixtureBytes('sample-2025-minimal.doc').subarray(0, 4096)
    const docxBytes = fixtureBytes('sample-2025-minimal.docx').subarray(0, 4096)
    expect(doc.sniff({ bytes: docBytes, text: null })).toBeGreaterThan(docx.sniff({ bytes: docBytes, text: null }))
    expect(docx.sniff({ bytes: docxBytes, text: null })).toBeGreaterThan(0.9)
    expect(doc.sniff({ bytes: docxBytes, text: null })).toBe(0)
    expect(docx.sniff({ bytes: strToU8('plain text'), text: 'plain text' })).toBe(0)
  })

  it('invalid limits are programming errors and throw', () => {
    expect(() => createDocxAdapter({ limits: { maxEntries: 0 } })).toThrow(RangeError)
  })
})
