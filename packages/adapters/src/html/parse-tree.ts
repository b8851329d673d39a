import type { Root } from 'hast'
import { fromParse5 } from 'hast-util-from-parse5'
import { parse, type DefaultTreeAdapterMap, type ParserError } from 'parse5'

type P5Node = DefaultTreeAdapterMap['node']
type P5Parent = DefaultTreeAdapterMap['parentNode']

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
  tree: Root
  /** Elements opened in the source but never closed there (parse5 closes them silently). */
  unclosed: UnclosedElement[]
  /** Syntax errors parse5 repaired (a missing doctype, normal in fragments, is not counted). */
  parseErrors: ParserError[]
  /** Whether `maxDepth` cut anything. */
  truncated: boolean
}

/**
 * The same pipeline as `rehype-parse` (parse5 → hast-util-from-parse5), with a depth cap in
 * between: parse5 builds deep trees iteratively, but the hast conversion (and every recursive
 * hast utility after it) overflows the stack at a few thousand levels. Scripting is off, so
 * `<noscript>` is parsed as markup and nothing is ever run or fetched.
 */
export function parseHtml(text: string): ParsedHtml {
  const parseErrors: ParserError[] = []
  const document = parse(text, {
    sourceCodeLocationInfo: true,
    scriptingEnabled: false,
    onParseError: (error) => void parseErrors.push(error),
  })
  const unclosed: UnclosedElement[] = []
  const truncated = capDepth(document, unclosed)
  // Positions are only kept when a file is given; the converter reads nothing but its text.
  const file = { toString: () => text } as unknown as NonNullable<Parameters<typeof fromParse5>[1]>['file']
  const errors = parseErrors.filter((error) => error.code !== 'missing-doctype')
  return { tree: fromParse5(document, { file }) as Root, parseErrors: errors, unclosed, truncated }
}

/**
 * Replaces the children of every element at `maxDepth` by one text node holding their text,
 * and notes elements whose end tag is missing, in the same pass.
 */
function capDepth(document: P5Parent, unclosed: UnclosedElement[]): boolean {
  let truncated = false
  const stack: Array<{ node: P5Node; depth: number }> = [{ node: document, depth: 0 }]
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!
    if (node.nodeName === 'template') (node as DefaultTreeAdapterMap['template']).content.childNodes = []
    if ('tagName' in node && !endTagOptional.has(node.tagName)) {
      const location = node.sourceCodeLocation
      if (location?.startTag && !location.endTag) {
        unclosed.push({ tag: node.tagName, line: location.startLine, column: location.startCol, offset: location.startOffset })
      }
    }
    if (!('childNodes' in node) || node.childNodes.length === 0) continue
    if (depth >= maxDepth) {
      truncated = true
      const text: DefaultTreeAdapterMap['textNode'] = { nodeName: '#text', value: textOf(node), parentNode: node }
      node.childNodes = [text]
      continue
    }
    for (const child of node.childNodes) stack.push({ node: child, depth: depth + 1 })
  }
  return truncated
}

function textOf(root: P5Parent): string {
  let out = ''
  const stack: P5Node[] = [...root.childNodes].reverse()
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.nodeName === '#text') out += (node as DefaultTreeAdapterMap['textNode']).value
    else if (node.nodeName === 'script' || node.nodeName === 'style') continue
    else if ('childNodes' in node) for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!)
  }
  return out
}
