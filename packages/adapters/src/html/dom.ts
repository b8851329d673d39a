import type { DefaultTreeAdapterMap } from 'parse5'
import type { SourceLocation } from '@zfxxgk/core'

/** parse5's own tree: read directly, without converting it to hast first (see parse-tree.ts). */
export type Node = DefaultTreeAdapterMap['node']
export type Element = DefaultTreeAdapterMap['element']
export type ParentNode = DefaultTreeAdapterMap['parentNode']
export type TextNode = DefaultTreeAdapterMap['textNode']

export function isElement(node: Node): node is Element {
  return 'tagName' in node
}

export function isText(node: Node): node is TextNode {
  return node.nodeName === '#text'
}

export function childrenOf(node: Node): Node[] {
  return 'childNodes' in node ? node.childNodes : []
}

export function attr(element: Element, name: string): string | undefined {
  for (const attribute of element.attrs) if (attribute.name === name) return attribute.value
  return undefined
}

/** Start and end in the source (1-based line/column, 0-based offset); empty for implied elements. */
export function positionOf(node: Node): SourceLocation {
  const at = 'sourceCodeLocation' in node ? node.sourceCodeLocation : undefined
  if (!at) return {}
  return {
    start: { line: at.startLine, column: at.startCol, offset: at.startOffset },
    end: { line: at.endLine, column: at.endCol, offset: at.endOffset },
  }
}
