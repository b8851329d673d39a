import { AttributeView, decodeEntities, type Attributes } from './attributes.js'
import type { NameResolver, OpenElement } from './names.js'
import type { XmlHandlers } from './parse-part.js'
import { attributeSize, closeToken, countShift, declares, hasEntities, hasReturns, kindMask, scan, selfClosing, textToken, tokenSize, type Scanned } from './plain-markup-scan.js'

/**
 * Reads a part without saxes when its text keeps to plain XML: an optional
 * `<?xml version="1.0" …?>` declaration, one root element, ASCII names, quoted attribute values,
 * text with only the five predefined entities, no comments, CDATA, processing instructions or
 * DOCTYPE, no line breaks or tabs inside attribute values, no lone surrogates. That is how Word,
 * WPS and LibreOffice write every part of a package, the body included. saxes decodes, tracks
 * and checks each character for the whole of XML and builds every tag's name and attributes;
 * here the text is checked in one tight pass that notes where things are, and the reader is then
 * shown only the elements it does not skip, with names cut out once per distinct name and an
 * attribute value only when asked for. A body reads in about half the time saxes alone takes.
 *
 * The whole text is checked before anything is reported, by saxes's rules for that subset
 * (well-formed nesting, one root, no repeated attribute, only whitespace outside the root, only
 * characters XML allows). Text outside the subset returns false having reported nothing; saxes
 * then reads it and reports exactly what it finds wrong. Text inside it is reported as saxes
 * reports it: the same elements, attributes (as an `AttributeView`, or a record where the tag
 * declares namespaces) and text runs (line ends normalised), in the same order, with `open`
 * returning true skipping the element as `parsePart` does.
 */
export function readPlainMarkup(text: string, handlers: XmlHandlers, names: NameResolver): boolean {
  const scanned = scan(text)
  if (scanned === undefined) return false
  report(text, scanned, handlers, names)
  return true
}

/** Reports the checked text to the reader, building only the elements it is shown. */
function report(text: string, { tokens, tokenCount, attributes }: Scanned, handlers: XmlHandlers, names: NameResolver): void {
  const open: OpenElement[] = []
  const view = new AttributeView()
  view.text = text
  view.spans = attributes
  let i = 0
  while (i < tokenCount) {
    const token = tokens[i]!
    const kind = token & kindMask
    if (kind === textToken) {
      let run = text.slice(tokens[i + 1], tokens[i + 2])
      if (token & hasReturns) run = run.replace(/\r\n?/g, '\n')
      handlers.text(token & hasEntities ? decodeEntities(run) : run)
      i += tokenSize
      continue
    }
    if (kind === closeToken) {
      handlers.close(names.close(open.pop()!))
      i += tokenSize
      continue
    }
    view.first = tokens[i + 5]!
    view.last = view.first + (token >> countShift) * attributeSize
    view.entities = (token & hasEntities) !== 0
    // Namespace declarations are read from a record, as saxes gives them.
    const record: Attributes = token & declares ? view.record() : view
    const element: OpenElement = { name: nameAt(text, tokens[i + 1]!, tokens[i + 2]!, tokens[i + 3]!), attributes: record }
    if (handlers.open(names.open(element, (token & declares) !== 0), record, element.name) === true) {
      names.leave(element)
      i = tokens[i + 4]!
      continue
    }
    if (token & selfClosing) handlers.close(names.close(element))
    else open.push(element)
    i += tokenSize
  }
}

/**
 * Element and attribute names met before, by hash: a part repeats a few dozen names thousands of
 * times, and a name reused is neither cut out of the text again nor hashed again as a key.
 */
const knownNames: string[] = new Array<string>(1024).fill('')

function nameAt(text: string, start: number, end: number, hash: number): string {
  const slot = hash & 1023
  const known = knownNames[slot]!
  if (known.length === end - start) {
    let i = 0
    while (i < known.length && known.charCodeAt(i) === text.charCodeAt(start + i)) i++
    if (i === known.length) return known
  }
  return (knownNames[slot] = ownString(text.slice(start, end)))
}

/**
 * The engine's own copy of a name, as property keys are kept: compact and unique, and not a
 * view into the part's text, which a name kept for later parts would otherwise hold on to.
 */
function ownString(name: string): string {
  const holder: Record<string, true> = {}
  holder[name] = true
  for (const key in holder) return key
  return name
}
