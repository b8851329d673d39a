import { parse, type DefaultTreeAdapterMap, type ParserError } from 'parse5'
import type { Node, ParentNode } from './dom.js'

/** Deeper than this, an element's subtree is replaced by its text (see `capDepth`). */
export const maxDepth = 500

/** Elements whose end tag HTML lets one leave out, and void elements: not unclosed when it is missing. */
const endTagOptional = new Set([
  'html', 'head', 'body', 'p', 'li', 'dt', 'dd', 'rt', 'rp', 'optgroup', 'option', 'colgroup', 'caption', 'thead',
  'tbody', 'tfoot', 'tr', 'td', 'th', 'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta',
  'source', 'track', 'wbr', 'param', 'keygen', 'basefont', 'bgsound', 'frame', 'image', 'menuitem',
])

export interface UnclosedElement {
  tag: string
  line: number
  column: number
  offset: number
}

export interface ParsedHtml {
  document: ParentNode
  /** Syntax errors parse5 repaired (a missing doctype, normal in fragments, is not counted). */
  parseErrors: ParserError[]
  /** Elements opened in the source but never closed there (parse5 closes them silently). */
  unclosed: UnclosedElement[]
  /** The first element whose content `maxDepth` reduced to text, if any. */
  truncatedAt: { line: number; column: number; offset: number } | null
}

/**
 * HTML → parse5's tree with source positions: the parser of `rehype-parse` and
 * `hast-util-from-html`, called directly. The hast conversion they add is skipped: it costs a
 * fifth of the parse, and it recurses, overflowing the stack at a few thousand levels of nesting.
 * Scripting is off, so `<noscript>` is parsed as markup; nothing is ever run or fetched.
 */
export function parseHtml(text: string): ParsedHtml {
  const parseErrors: ParserError[] = []
  const document = parse(text, {
    sourceCodeLocationInfo: true,
    scriptingEnabled: false,
    onParseError: (error) => {
      if (error.code !== 'missing-doctype') parseErrors.push(error)
    },
  })
  const unclosed: UnclosedElement[] = []
  const truncatedAt = capDepth(document, unclosed)
  return { document, parseErrors, unclosed, truncatedAt }
}

/**
 * Replaces the children of every element at `maxDepth` by one text node holding their text (so
 * that no later step meets absurd depth), and notes elements whose end tag is missing.
 */
function capDepth(document: ParentNode, unclosed: UnclosedElement[]): ParsedHtml['truncatedAt'] {
  let truncatedAt: ParsedHtml['truncatedAt'] = null
  let truncated = false
  const nodes: Node[] = [document]
  const depths: number[] = [0]
  while (nodes.length > 0) {
    const node = nodes.pop()!
    const depth = depths.pop()!
    if (!('childNodes' in node)) continue
    if ('tagName' in node && !endTagOptional.has(node.tagName)) {
      const location = node.sourceCodeLocation
      if (location?.startTag && !location.endTag) {
        unclosed.push({ tag: node.tagName, line: location.startLine, column: location.startCol, offset: location.startOffset })
      }
    }
    if (node.childNodes.length === 0) continue
    if (depth >= maxDepth) {
      const at = 'sourceCodeLocation' in node ? node.sourceCodeLocation : undefined
      truncated = true
      if (at && (!truncatedAt || at.startOffset < truncatedAt.offset)) truncatedAt = { line: at.startLine, column: at.startCol, offset: at.startOffset }
      const text: DefaultTreeAdapterMap['textNode'] = { nodeName: '#text', value: textOf(node), parentNode: node }
      node.childNodes = [text]
      continue
    }
    for (const child of node.childNodes) {
      nodes.push(child)
      depths.push(depth + 1)
    }
  }
  unclosed.sort((a, b) => a.offset - b.offset)
  return truncated ? (truncatedAt ?? { line: 1, column: 1, offset: 0 }) : null
}

function textOf(root: ParentNode): string {
  let out = ''
  const stack: Node[] = [...root.childNodes].reverse()
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.nodeName === '#text') out += (node as DefaultTreeAdapterMap['textNode']).value
    else if (node.nodeName === 'script' || node.nodeName === 'style') continue
    else if ('childNodes' in node) for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!)
  }
  return out
}
