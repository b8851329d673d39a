import { SaxesParser } from 'saxes'
import { haltedProblem, haltWith, type DocxProblem } from '../problem.js'
import { readEntry } from '../zip/read-entry.js'
import type { ZipEntry } from '../zip/central-directory.js'
import { createDeclarationMarks } from './declaration-marks.js'
import { createPartDecoder } from './decode-part.js'
import { createNameResolver, type OpenElement } from './names.js'

/**
 * What a part reader receives: names resolved by namespace (`w:p`), the raw qualified name for
 * attributes. `open` may return true to skip the element's content: its descendants and text are
 * not reported (nor resolved), its own close is.
 */
export interface XmlHandlers {
  open(name: string, attributes: Record<string, string>, qualified: string): boolean | void
  close(name: string): void
  text(text: string): void
}

export interface PartOptions {
  /** The part holds the document's text (the body), not only markup: see `createPartDecoder`. */
  prose?: boolean
  /**
   * Parse the part only if its text contains this string (checked when it is inflated in one
   * piece, the usual case): a part that cannot hold what its reader looks for is left unparsed,
   * and the reader sees nothing. Inflating still applies the size limits.
   */
  onlyIfContains?: string
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
  // (Marks inside skipped content are taken by the next element read, which then finds none.)
  let nextMark = Infinity
  /** The element whose content the reader asked to skip: until it closes, nothing is reported. */
  let skipped: OpenElement | undefined
  parser.on('opentag', (tag) => {
    if (skipped !== undefined) return
    let mayDeclare = false
    if (nextMark < parser.position) {
      mayDeclare = true
      marks.takeUpTo(parser.position)
      nextMark = marks.next()
    }
    if (handlers.open(names.open(tag, mayDeclare), tag.attributes, tag.name) === true) skipped = tag
  })
  parser.on('closetag', (tag) => {
    if (skipped !== undefined) {
      if (tag !== skipped) return
      skipped = undefined
    }
    handlers.close(names.close(tag))
  })
  const reportText = (value: string) => {
    if (skipped === undefined) handlers.text(value)
  }
  parser.on('text', reportText)
  parser.on('cdata', reportText)
  const decode = createPartDecoder(options.prose === true)
  let first = true
  const problem = readEntry(bytes, entry, maxSize, (chunk, final) => {
    try {
      const text = decode(chunk, final)
      const whole = first && final
      first = false
      if (whole && options.onlyIfContains !== undefined && !text.includes(options.onlyIfContains)) return
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
