import { SaxesParser } from 'saxes'
import { haltedProblem, haltWith, type DocxProblem } from '../problem.js'
import { readEntry } from '../zip/read-entry.js'
import type { ZipEntry } from '../zip/central-directory.js'
import type { Attributes } from './attributes.js'
import { createDeclarationMarks } from './declaration-marks.js'
import { createPartDecoder } from './decode-part.js'
import { createNameResolver, type NameResolver, type OpenElement } from './names.js'
import { readPlainMarkup } from './plain-markup.js'

/**
 * What a part reader receives: names resolved by namespace (`w:p`), the raw qualified name for
 * attributes (valid during the call only). `open` may return true to skip the element: its
 * descendants and text are not reported (nor resolved), and neither is its close, so that the
 * many property elements a reader passes over cost one call each.
 */
export interface XmlHandlers {
  open(name: string, attributes: Attributes, qualified: string): boolean | void
  close(name: string): void
  text(text: string): void
}

/**
 * The longest part read by `readPlainMarkup`, in characters: while it is read, its offsets take
 * 1.5 times the text's memory (up to several times for text that is nothing but tags), where saxes
 * streams. A report's body is a few hundred KB.
 */
const plainLimit = 4 * 1024 * 1024

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
 * Reads one XML part of the package as it is inflated: as Word writes it with `readPlainMarkup`,
 * anything unusual (and a part too long to hold its offsets) with saxes, streamed when the part is
 * inflated in pieces. Refuses a DOCTYPE (entity expansion) and stops at the first well-formedness
 * error.
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
  const decode = createPartDecoder(options.prose === true)
  let reader: SaxesReader | undefined
  let first = true
  return readEntry(bytes, entry, maxSize, (chunk, final) => {
    try {
      const text = decode(chunk, final)
      const whole = first && final
      first = false
      if (whole && options.onlyIfContains !== undefined && !text.includes(options.onlyIfContains)) return
      if (whole && text.length <= plainLimit && readPlainMarkup(text, handlers, names)) return
      reader ??= createSaxesReader(part, handlers, names)
      reader.write(text)
      if (final) reader.close()
    } catch (error) {
      if (haltedProblem(error)) throw error
      haltWith({ messageId: 'xml-malformed', data: { part, reason: error instanceof Error ? error.message : String(error) } })
    }
  })
}

interface SaxesReader {
  write(text: string): void
  close(): void
}

/** saxes over a part's text, without its namespace handling (about twice as fast): `names` resolves what the reader is shown. */
function createSaxesReader(part: string, handlers: XmlHandlers, names: NameResolver): SaxesReader {
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
      names.leave(tag)
      return
    }
    handlers.close(names.close(tag))
  })
  const reportText = (value: string) => {
    if (skipped === undefined) handlers.text(value)
  }
  parser.on('text', reportText)
  parser.on('cdata', reportText)
  return {
    write(text) {
      marks.scan(text)
      nextMark = marks.next()
      parser.write(text)
    },
    close() {
      parser.close()
    },
  }
}
