import { SaxesParser } from 'saxes'
import { haltedProblem, haltWith, type DocxProblem } from '../problem.js'
import { readEntry } from '../zip/read-entry.js'
import type { ZipEntry } from '../zip/central-directory.js'
import { createDeclarationMarks } from './declaration-marks.js'
import { createPartDecoder } from './decode-part.js'
import { createNameResolver } from './names.js'

/** What a part reader receives: names resolved by namespace (`w:p`), the raw qualified name for attributes. */
export interface XmlHandlers {
  open(name: string, attributes: Record<string, string>, qualified: string): void
  close(name: string): void
  text(text: string): void
}

export interface PartOptions {
  /** The part holds the document's text (the body), not only markup: see `createPartDecoder`. */
  prose?: boolean
}

/**
 * Streams one XML part of the package through saxes as it is inflated: no full copy of the XML
 * is kept. Refuses a DOCTYPE (entity expansion) and stops at the first well-formedness error.
 */
export function parsePart(
  bytes: Uint8Array,
  entry: ZipEntry,
  maxSize: number,
  handlers: XmlHandlers,
  options: PartOptions = {},
): DocxProblem | undefined {
  const part = entry.name
  const names = createNameResolver()
  const marks = createDeclarationMarks()
  const parser = new SaxesParser()
  parser.on('doctype', () => haltWith({ messageId: 'xml-doctype', data: { part } }))
  parser.on('error', (error) => haltWith({ messageId: 'xml-malformed', data: { part, reason: error.message } }))
  // Offset of the next `xmlns` not yet taken by a start tag: a start tag ending past it may declare.
  let nextMark = Infinity
  parser.on('opentag', (tag) => {
    let mayDeclare = false
    if (nextMark < parser.position) {
      mayDeclare = true
      marks.takeUpTo(parser.position)
      nextMark = marks.next()
    }
    handlers.open(names.open(tag, mayDeclare), tag.attributes, tag.name)
  })
  parser.on('closetag', (tag) => handlers.close(names.close(tag)))
  parser.on('text', handlers.text)
  parser.on('cdata', handlers.text)
  const decode = createPartDecoder(options.prose === true)
  const problem = readEntry(bytes, entry, maxSize, (chunk, final) => {
    try {
      const text = decode(chunk, final)
      marks.scan(text)
      nextMark = marks.next()
      parser.write(text)
      if (final) parser.close()
    } catch (error) {
      if (haltedProblem(error)) throw error
      haltWith({ messageId: 'xml-malformed', data: { part, reason: error instanceof Error ? error.message : String(error) } })
    }
  })
  return problem
}
