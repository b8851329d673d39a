import type { DocxProblem } from '../problem.js'
import type { ZipEntry } from '../zip/central-directory.js'
import { attribute } from '../xml/names.js'
import { parsePart } from '../xml/parse-part.js'

/** Relationship targets of one part, by the last segment of their type (`officeDocument`, `numbering` …). */
export type Relationships = Map<string, string>

/** The `_rels/…rels` part that lists the relationships of `partName` ('' for the package). */
export function relationshipsPartOf(partName: string): string {
  const slash = partName.lastIndexOf('/')
  return `${partName.slice(0, slash + 1)}_rels/${partName.slice(slash + 1)}.rels`
}

/**
 * Reads a relationships part, resolving targets against the source part's folder. Types are
 * matched by their last segment so Transitional (`…/2006/relationships/styles`) and Strict
 * (`…/ooxml/officeDocument/relationships/styles`) agree.
 */
export function readRelationships(bytes: Uint8Array, entry: ZipEntry, sourcePart: string, maxSize: number): Relationships | DocxProblem {
  const found: Relationships = new Map()
  const base = sourcePart.slice(0, sourcePart.lastIndexOf('/') + 1)
  const problem = parsePart(bytes, entry, maxSize, {
    open(name, attributes, qualified) {
      if (name !== 'rel:Relationship') return
      const type = attribute(attributes, qualified, 'Type')
      const target = attribute(attributes, qualified, 'Target')
      if (!type || !target || attribute(attributes, qualified, 'TargetMode') === 'External') return
      const kind = type.slice(type.lastIndexOf('/') + 1)
      if (!found.has(kind)) found.set(kind, resolvePartName(base, target))
    },
    close() {},
    text() {},
  })
  return problem ?? found
}

/** `word/` + `../customXml/item1.xml` → `customXml/item1.xml`; `/word/document.xml` → `word/document.xml`. */
export function resolvePartName(base: string, target: string): string {
  const segments = (target.startsWith('/') ? target.slice(1) : base + target).split('/')
  const out: string[] = []
  for (const segment of segments) {
    if (segment === '..') out.pop()
    else if (segment !== '.' && segment !== '') out.push(segment)
  }
  return decodeURIComponentSafe(out.join('/'))
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
