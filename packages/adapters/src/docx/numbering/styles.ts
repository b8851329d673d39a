import type { DocxProblem } from '../problem.js'
import type { ZipEntry } from '../zip/central-directory.js'
import { attribute } from '../xml/names.js'
import { parsePart } from '../xml/parse-part.js'
import { toInt } from './definitions.js'

/** A paragraph style as far as numbering goes: its list, level and parent style. */
export interface ParagraphStyle {
  basedOn?: string
  numId?: string
  ilvl?: number
}

export type ParagraphStyles = Map<string, ParagraphStyle>

/**
 * Reads `styles.xml` for the list numbering that heading styles (标题 1 …) carry. A style carries
 * one only through a `w:numId`: a styles part without that name anywhere is not parsed (its styles
 * could not number a paragraph), as styles are not read at all for a document without lists.
 */
export function readStyles(bytes: Uint8Array, entry: ZipEntry, maxSize: number): ParagraphStyles | DocxProblem {
  const styles: ParagraphStyles = new Map()
  let style: ParagraphStyle | undefined
  let inParagraphProperties = false
  const problem = parsePart(bytes, entry, maxSize, {
    open(name, attributes, qualified) {
      if (name === 'w:style') {
        style = undefined
        if ((attribute(attributes, qualified, 'type') ?? 'paragraph') !== 'paragraph') return
        style = {}
        styles.set(attribute(attributes, qualified, 'styleId') ?? '', style)
      } else if (!style) {
        return
      } else if (name === 'w:basedOn') {
        style.basedOn = attribute(attributes, qualified, 'val')
      } else if (name === 'w:pPr') {
        inParagraphProperties = true
      } else if (inParagraphProperties && name === 'w:numId') {
        style.numId = attribute(attributes, qualified, 'val')
      } else if (inParagraphProperties && name === 'w:ilvl') {
        style.ilvl = toInt(attribute(attributes, qualified, 'val'), 0)
      }
    },
    close(name) {
      if (name === 'w:pPr') inParagraphProperties = false
      else if (name === 'w:style') style = undefined
    },
    text() {},
  }, { onlyIfContains: 'numId' })
  return problem ?? styles
}

/** The numbering a style gives, following `w:basedOn` (with a guard against cycles). */
export function styleNumbering(styles: ParagraphStyles, styleId: string | undefined): { numId: string; ilvl?: number } | undefined {
  const seen = new Set<string>()
  let id = styleId
  while (id !== undefined && !seen.has(id)) {
    seen.add(id)
    const style = styles.get(id)
    if (!style) return undefined
    if (style.numId !== undefined) return { numId: style.numId, ...(style.ilvl !== undefined ? { ilvl: style.ilvl } : {}) }
    id = style.basedOn
  }
  return undefined
}
