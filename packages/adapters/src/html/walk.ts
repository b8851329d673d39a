import type { Point, RawRow, SourceLocation } from '@zfxxgk/core'
import { isElement, isText, positionOf, type Element, type Node, type ParentNode } from './dom.js'
import { isBlock, isUnseen } from './elements.js'
import { metaPairsOfTable } from './page-meta.js'
import { readTable } from './read-table.js'
import { collapseWhitespace } from './whitespace.js'

/** A block element around found blocks, linked to its parent: blocks share their ancestry. */
export interface Container {
  element: Element
  parent: Container | null
  depth: number
}

/** A block found in the page, with the innermost block element that contains it. */
export type FoundBlock =
  | { kind: 'paragraph'; text: string; location: SourceLocation; container: Container | null }
  | { kind: 'table'; rows: RawRow[]; location: SourceLocation; container: Container | null; nestedIn?: FoundBlock }

export interface WalkResult {
  blocks: FoundBlock[]
  /** Label/value pairs of metadata tables (kept out of `blocks`). */
  metaPairs: Array<[string, string]>
  /** Tables read as page layout: their cells hold tables, or they have a single column. */
  layoutTables: number
}

const exit = Symbol('exit')
type Entry = Node | typeof exit

/**
 * Reads the page in order, without recursion: block elements and `<br>` end a paragraph,
 * tables become raw rows (a table holding tables in its cells is page layout and is walked
 * like any container), unseen elements and comments are skipped.
 */
export function walk(document: ParentNode): WalkResult {
  const blocks: FoundBlock[] = []
  const metaPairs: Array<[string, string]> = []
  let layoutTables = 0
  let container: Container | null = null
  let raw = ''
  let start: Point | undefined
  let end: Point | undefined
  let startContainer: Container | null = null

  const flush = () => {
    if (raw !== '') {
      const text = collapseWhitespace(raw)
      if (text !== '') {
        const location: SourceLocation = {}
        if (start) location.start = start
        if (end) location.end = end
        blocks.push({ kind: 'paragraph', text, location, container: startContainer })
      }
    }
    raw = ''
    start = end = undefined
  }

  /** Inner tables of a report table are tables of their own, never layout. */
  const addTable = (table: Element, outer: FoundBlock | null): boolean => {
    const read = readTable(table)
    if (!outer && ((read.nested.length > 0 && isLayout(read.rows)) || widthOf(read.rows) <= 1)) return false
    if (read.caption) blocks.push({ kind: 'paragraph', text: read.caption, location: positionOf(table), container })
    const pairs = metaPairsOfTable(read.rows.map((row) => row.cells))
    let block: FoundBlock | null = null
    if (pairs) metaPairs.push(...pairs)
    else {
      block = { kind: 'table', rows: read.rows, location: positionOf(table), container }
      if (outer) block.nestedIn = outer
      blocks.push(block)
    }
    for (const inner of read.nested) addTable(inner, block ?? outer ?? null)
    return true
  }

  const stack: Entry[] = [...document.childNodes].reverse()
  const enter = (element: Element) => {
    container = { element, parent: container, depth: container ? container.depth + 1 : 0 }
    stack.push(exit)
    for (let i = element.childNodes.length - 1; i >= 0; i--) stack.push(element.childNodes[i]!)
  }

  while (stack.length > 0) {
    const node = stack.pop()!
    if (node === exit) {
      flush()
      container = container!.parent
      continue
    }
    if (isText(node)) {
      if (start === undefined) {
        if (raw === '') startContainer = container
        const at = node.sourceCodeLocation
        if (at && /\S/.test(node.value)) start = { line: at.startLine, column: at.startCol, offset: at.startOffset }
      }
      raw += node.value
      const at = node.sourceCodeLocation
      if (at && start !== undefined) end = { line: at.endLine, column: at.endCol, offset: at.endOffset }
      continue
    }
    if (!isElement(node) || isUnseen(node)) continue
    if (node.tagName === 'br') flush()
    else if (node.tagName === 'table') {
      flush()
      if (!addTable(node, null)) {
        layoutTables++
        enter(node)
      }
    } else if (isBlock(node)) {
      flush()
      enter(node)
    } else for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!)
  }
  flush()
  return { blocks, metaPairs, layoutTables }
}

/**
 * Layout tables frame a page: one or two columns, or a few rows, around other tables. Report
 * tables are wider and longer. A one-column table is layout even without tables inside: old CMS
 * pages put each paragraph in a row of its own.
 */
function isLayout(rows: RawRow[]): boolean {
  return widthOf(rows) <= 2 || rows.length <= 3
}

function widthOf(rows: RawRow[]): number {
  let width = 0
  for (const row of rows) width = Math.max(width, row.cells.length)
  return width
}
