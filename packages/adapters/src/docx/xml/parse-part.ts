import { SaxesParser } from 'saxes'
import { haltedProblem, haltWith, type DocxProblem } from '../problem.js'
import { readEntry } from '../zip/read-entry.js'
import type { ZipEntry } from '../zip/central-directory.js'
import { createDeclarationMarks } from './declaration-marks.js'
import { createNameResolver } from './names.js'

/** What a part reader receives: names resolved by namespace (`w:p`), the raw qualified name for attributes. */
export interface XmlHandlers {
  open(name: string, attributes: Record<string, string>, qualified: string): void
  close(name: string): void
  text(text: string): void
}

/**
 * Streams one XML part of the package through saxes as it is inflated: no full copy of the XML
 * is kept. Refuses a DOCTYPE (entity expansion) and stops at the first well-formedness error.
 */
export function parsePart(bytes: Uint8Array, entry: ZipEntry, maxSize: number, handlers: XmlHandlers): DocxProblem | undefined {
  const part = entry.name
  const names = createNameResolver()
  const marks = createDeclarationMarks()
  const parser = new SaxesParser()
  parser.on('doctype', () => haltWith({ messageId: 'xml-doctype', data: { part } }))
  parser.on('error', (error) => haltWith({ messageId: 'xml-malformed', data: { part, reason: error.message } }))
  parser.on('opentag', (tag) => handlers.open(names.open(tag.name, tag.attributes, marks.passed(parser.position)), tag.attributes, tag.name))
  parser.on('closetag', (tag) => handlers.close(names.close(tag.name)))
  parser.on('text', handlers.text)
  parser.on('cdata', handlers.text)
  let decoder: TextDecoder | undefined
  const problem = readEntry(bytes, entry, maxSize, (chunk, final) => {
    // A part inflated in one piece (the usual case) is decoded by the shared UTF-8 decoder.
    decoder ??= final && detectEncoding(chunk) === 'utf-8' ? utf8 : new TextDecoder(detectEncoding(chunk))
    try {
      const text = decoder.decode(chunk, { stream: !final })
      marks.scan(text)
      parser.write(text)
      if (final) parser.close()
    } catch (error) {
      if (haltedProblem(error)) throw error
      haltWith({ messageId: 'xml-malformed', data: { part, reason: error instanceof Error ? error.message : String(error) } })
    }
  })
  return problem
}

const utf8 = new TextDecoder()

function detectEncoding(first: Uint8Array): string {
  if (first[0] === 0xff && first[1] === 0xfe) return 'utf-16le'
  if (first[0] === 0xfe && first[1] === 0xff) return 'utf-16be'
  return 'utf-8'
}
