import fc from 'fast-check'
import { strFromU8, unzipSync } from 'fflate'
import { readdirSync } from 'node:fs'
import { SaxesParser } from 'saxes'
import { describe, expect, it } from 'vitest'
import { AttributeView, type Attributes } from '../../src/docx/xml/attributes.js'
import { attribute, createNameResolver } from '../../src/docx/xml/names.js'
import type { XmlHandlers } from '../../src/docx/xml/parse-part.js'
import { readPlainMarkup } from '../../src/docx/xml/plain-markup.js'
import { fixtureBytes, fixtureDir, makeDocx, p, parseDocx, tc } from './helpers.js'

type Event = [kind: 'open', name: string, qualified: string, attributes: Record<string, string>] | [kind: 'close', name: string] | [kind: 'text', text: string]

const recordOf = (attributes: Attributes): Record<string, string> => ({ ...(attributes instanceof AttributeView ? attributes.record() : attributes) })

function recorder(events: Event[], skip: (name: string) => boolean = () => false): XmlHandlers {
  return {
    open(name, attributes, qualified) {
      events.push(['open', name, qualified, recordOf(attributes)])
      return skip(name)
    },
    close: (name) => void events.push(['close', name]),
    text: (text) => void events.push(['text', text]),
  }
}

/** The events saxes gives for the same text, through the same namespace resolution, or undefined where it finds an error. */
function saxesEvents(text: string, skip: (name: string) => boolean = () => false): Event[] | undefined {
  const events: Event[] = []
  const names = createNameResolver()
  const parser = new SaxesParser()
  let failed = false
  let skipped: { name: string } | undefined
  parser.on('error', () => {
    failed = true
  })
  parser.on('doctype', () => {
    failed = true
  })
  parser.on('opentag', (tag) => {
    if (skipped) return
    const name = names.open(tag, true)
    events.push(['open', name, tag.name, { ...tag.attributes }])
    if (skip(name)) skipped = tag
  })
  parser.on('closetag', (tag) => {
    if (skipped) {
      if (tag === skipped) {
        skipped = undefined
        names.leave(tag)
      }
      return
    }
    events.push(['close', names.close(tag)])
  })
  const onText = (value: string) => void (skipped || events.push(['text', value]))
  parser.on('text', onText)
  parser.on('cdata', onText)
  try {
    parser.write(text).close()
  } catch {
    failed = true
  }
  return failed ? undefined : events
}

function plainEvents(text: string, skip?: (name: string) => boolean): Event[] | undefined {
  const events: Event[] = []
  return readPlainMarkup(text, recorder(events, skip), createNameResolver()) ? events : undefined
}

/** Every XML part of every fixture, as text. */
const fixtureParts = readdirSync(fixtureDir)
  .filter((f) => f.endsWith('.docx') && f !== 'encrypted.docx')
  .flatMap((file) =>
    Object.entries(unzipSync(fixtureBytes(file)))
      .filter(([name]) => /\.(xml|rels)$/.test(name))
      .map(([name, bytes]) => ({ part: `${file}/${name}`, text: strFromU8(bytes) })),
  )

describe('plain markup read without saxes', () => {
  it('reads every part of every fixture (Word, WPS, LibreOffice), with the events saxes gives', () => {
    expect(fixtureParts.length).toBeGreaterThan(50)
    for (const { part, text } of fixtureParts) {
      const plain = plainEvents(text)
      expect(plain, part).toBeDefined()
      expect(plain, part).toEqual(saxesEvents(text))
    }
  })

  it('skips an element with its content and its close, as parsePart does', () => {
    const text = '<r xmlns:w="urn:w"><w:a x="1"><w:b/>t<w:c></w:c></w:a><w:d y="2"/></r>'
    const skip = (name: string) => name === '?:a'
    expect(plainEvents(text, skip)).toEqual(saxesEvents(text, skip))
    expect(plainEvents(text, skip)!.map((e) => e[1])).toEqual(['?:r', '?:a', '?:d', '?:d', '?:r'])
  })

  it('gives line ends, entities, characters beyond the BMP and attribute values as saxes does', () => {
    const text = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<r a=\'&lt;&amp;"\' b="𠀀"><t>x\r\ny\rz &gt; &apos;𠀀</t>\n</r>\r\n'
    expect(plainEvents(text)).toEqual(saxesEvents(text))
    expect(plainEvents(text)).toContainEqual(['text', "x\ny\nz > '𠀀"])
  })

  it('finds attributes by local name in the view as in a record', () => {
    const names = createNameResolver()
    const found: Array<string | undefined> = []
    const handlers: XmlHandlers = {
      open(name, attributes, qualified) {
        found.push(attribute(attributes, qualified, 'val'), attribute(attributes, qualified, 'id'), attribute(attributes, qualified, 'constructor'))
      },
      close() {},
      text() {},
    }
    expect(readPlainMarkup('<w:a xmlns:w="urn:w"><w:b w:val="x&amp;y" id="7"/></w:a>', handlers, names)).toBe(true)
    expect(found).toEqual([undefined, undefined, undefined, 'x&y', '7', undefined])
  })

  it('leaves to saxes what it does not read the same way', () => {
    const refused = [
      '',
      ' <r/>',
      '\uFEFF<r/>',
      '<?xml version="1.1"?><r/>',
      '<?xml version="1.0" encoding="UTF-8" standalone="maybe"?><r/>',
      '<?xml-stylesheet href="x"?><r/>',
      '<!DOCTYPE r [<!ENTITY e "x">]><r>&e;</r>',
      '<r><!-- c --></r>',
      '<r><![CDATA[x]]></r>',
      '<r><?pi x?></r>',
      '<r>&#65;</r>',
      '<r>&nbsp;</r>',
      '<r>]]></r>',
      '<r a="&#10;"/>',
      '<r a="x\ty"/>',
      '<r a="x\ny"/>',
      '<r a="<"/>',
      '<r a=x/>',
      '<r a="1" a="2"/>',
      '<r a="1"b="2"/>',
      '<r>\u0001</r>',
      '<r>\uD800</r>',
      '<r>\uFFFE</r>',
      '<r><名/></r>',
      '<r></s>',
      '<r><a></r>',
      '<r/><s/>',
      '<r/>x',
      '<r/ >',
      '<r>',
      // More attributes on one tag than Word writes: left to saxes, whose repeat check is not quadratic.
      `<r ${Array.from({ length: 65 }, (_, i) => `a${i}="1"`).join(' ')}/>`,
    ]
    expect(plainEvents(`<r ${Array.from({ length: 64 }, (_, i) => `a${i}="1"`).join(' ')}/>`)).toBeDefined()
    for (const text of refused) expect(plainEvents(text), JSON.stringify(text)).toBeUndefined()
  })

  it('any text it reads, saxes reads without error and reports the same way; any text saxes refuses, it refuses', () => {
    // Edits anywhere (mostly breaking the text), and well-formed pieces put between tags (mostly not).
    const anywhere = ['<', '>', '/', '"', "'", '=', ' ', '&', ';', 'a', ':', '\r', '\n', '\t', '\u0001', '\uD800', '\uDC00', '😀', '!', '?', '-', ']', '\uFEFF', '中']
    const betweenTags = ['<a/>', '<w:b x="1" y=\'&quot;\'/>', '<c>t</c>', 'text', ' ', '\r\n', '&amp;&lt;', '𠀀', '<q:d xmlns:q="urn:q"><q:e/></q:d>', '<w:t xml:space="preserve"> x </w:t>', '<w:r><w:t>字</w:t></w:r>', '&#65;', '&nbsp;', '<!--c-->', '<![CDATA[<x>]]>', '<?pi?>']
    const sources = fixtureParts.filter(({ text }) => text.length < 40_000)
    const position = fc.noBias(fc.integer({ min: 0, max: 999_999 })).map((n) => n / 1_000_000)
    const edit = fc.oneof(
      { arbitrary: fc.tuple(fc.constant('anywhere'), position, fc.constantFrom(...anywhere), fc.integer({ min: 0, max: 2 })), weight: 1 },
      { arbitrary: fc.tuple(fc.constant('between tags'), position, fc.constantFrom(...betweenTags), fc.constant(0)), weight: 4 },
    )
    let read = 0
    fc.assert(
      fc.property(fc.integer({ min: 0, max: sources.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 3 }), (source, edits) => {
        let text = sources[source]!.text
        for (const [where, position, insert, removed] of edits) {
          let at = Math.floor(position * text.length)
          if (where === 'between tags') at = text.indexOf('>', at) + 1 || text.length
          text = text.slice(0, at) + insert + text.slice(at + removed)
        }
        const plain = plainEvents(text)
        const saxes = saxesEvents(text)
        if (plain !== undefined) {
          read++
          expect(plain).toEqual(saxes)
        }
        if (saxes === undefined) expect(plain).toBeUndefined()
      }),
      { numRuns: 500 },
    )
    // Enough of the texts stay within what it reads for the comparison to mean something.
    expect(read).toBeGreaterThan(50)
  })
})

describe('a document read through saxes where it leaves plain markup', () => {
  const numbering =
    '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>' +
    '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
  const heading = (text: string) => `<w:p><w:pPr><w:pStyle w:val="1"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:jc w:val="center"/></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`
  const body = `${heading('总体情况')}${p('正文 &amp; 数字')}<w:tbl><w:tr>${tc('属于国家秘密', '<w:gridSpan w:val="2"/>')}</w:tr></w:tbl>${heading('主动公开')}`

  it('gives the same blocks when the body or the list definitions hold a comment or a character reference', async () => {
    const plain = await parseDocx(makeDocx(body, { numbering }))
    expect(plain.document.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []))).toEqual(['一、总体情况', '正文 & 数字', '二、主动公开'])
    const commented = await parseDocx(makeDocx(`<!-- 批注 -->${body.replace('数字', '&#x6570;字')}`, { numbering: `<!-- 列表 -->${numbering}` }))
    expect(commented).toEqual(plain)
  })
})
