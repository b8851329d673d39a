import type { Attributes } from '../xml/attributes.js'
import { attribute } from '../xml/names.js'

/** What a run element adds to the text a reader sees; undefined for elements that add nothing. */
export function runElementText(name: string, attributes: Attributes, qualified: string): string | undefined {
  switch (name) {
    case 'w:tab':
    case 'w:ptab':
      return '\t'
    case 'w:br':
    case 'w:cr':
      return '\n'
    case 'w:noBreakHyphen':
      return '\u2011'
    case 'w:sym':
      return symbolText(attribute(attributes, qualified, 'char'))
    default:
      return undefined
  }
}

/** `w:sym w:char="F06C"`: symbol fonts map their glyphs to U+F0xx; the low byte is the character. */
function symbolText(code: string | undefined): string {
  const n = code === undefined ? NaN : Number.parseInt(code, 16)
  if (!Number.isFinite(n) || n <= 0) return ''
  return String.fromCodePoint(n >= 0xf000 && n <= 0xf0ff ? n - 0xf000 : n)
}

/** Subtrees whose text a reader never sees: deleted text, field codes, properties, references. */
export const skippedElements = new Set([
  'w:del',
  'w:moveFrom',
  'w:delText',
  'w:delInstrText',
  'w:instrText',
  'w:sectPr',
  'w:tblPr',
  'w:tblGrid',
  'w:tblPrEx',
  'w:sdtPr',
  'w:sdtEndPr',
  'w:customXmlPr',
  'w:smartTagPr',
  'w:footnoteReference',
  'w:endnoteReference',
  'w:commentReference',
  'w:annotationRef',
  'w:rt',
  'w:pPrChange',
  'w:rPrChange',
  'w:trPrChange',
  'w:tcPrChange',
  'w:sectPrChange',
  'w:tblPrChange',
  'w:tblGridChange',
])

export function isOn(value: string | undefined): boolean {
  return value !== '0' && value !== 'false' && value !== 'off'
}
