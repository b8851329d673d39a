import type { Element, Root, RootContent } from 'hast'
import type { Point, RawRow, SourceLocation } from '@zfxxgk/core'
import { isBlock, isUnseen } from './elements.js'
import { metaPairsOfTable } from './page-meta.js'
import { positionOf } from './position.js'
import { readTable } from './read-table.js'
import { collapseWhitespace } from './whitespace.js'

/** A block found in the page, with the block elements that contain it (outermost first). */
export type FoundBlock =
  | { kind: 'paragraph'; text: string; location: SourceLocation; chain: Element[] }
  | { kind: 'table'; rows: RawRow[]; location: SourceLocation; chain: Element[] }

export interface WalkResult {
  blocks: FoundBlock[]
  /** Label/value pairs of metadata tables (kept out of `blocks`). */
  metaPairs: Array<[string, string]>
  /** Tables read as page layout because their cells hold tables. */
  layoutTables: number
}

type Entry = RootContent | { exit: Element }

/**
 * Reads the page in order, without recursion: block elements and `<br>` end a paragraph,
 * tables become raw rows (a table holding tables in its cells is page layout and is walked
 * like any container), unseen elements and comments are skipped.
 */
export function walk(tree: Root): WalkResult {
  const blocks: FoundBlock[] = []
  const metaPairs: Array<[string, string]> = []
  let layoutTables = 0
  const chain: Element[] = []
  let raw = ''
  let start: Point | undefined
  let end: Point | undefined
  let startChain: Element[] = []

  const flush = () => {
    const text = collapseWhitespace(raw)
    if (text !== '') {
      const location: SourceLocation = {}
      if (start) location.start = start
      if (end) location.end = end
      blocks.push({ kind: 'paragraph', text, location, chain: startChain })
    }
    raw = ''
    start = end = undefined
  }

  /** Inner tables of a report table are tables of their own, never layout. */
  const addTable = (table: Element, outermost: boolean): boolean => {
    const read = readTable(table)
    if (outermost && read.nested.length > 0 && isLayout(read.rows)) return false
    if (read.caption) blocks.push({ kind: 'paragraph', text: read.caption, location: positionOf(table), chain: chain.slice() })
    const pairs = metaPairsOfTable(read.rows.map((row) => row.cells))
    if (pairs) metaPairs.push(...pairs)
    else blocks.push({ kind: 'table', rows: read.rows, location: positionOf(table), chain: chain.slice() })
    for (const inner of read.nested) addTable(inner, false)
    return true
  }

  const stack: Entry[] = [...tree.children].reverse()
  const walkInto = (element: Element) => {
    chain.push(element)
    stack.push({ exit: element })
    for (let i = element.children.length - 1; i >= 0; i--) stack.push(element.children[i]!)
  }

  while (stack.length > 0) {
    const node = stack.pop()!
    if ('exit' in node) {
      flush()
      chain.pop()
      continue
    }
    if (node.type === 'text') {
      if (raw === '' || start === undefined) startChain = chain.slice()
      raw += node.value
      if (node.position && node.value.trim() !== '') {
        start ??= positionOf(node).start
        end = positionOf(node).end
      }
      continue
    }
    if (node.type !== 'element' || isUnseen(node)) continue
    if (node.tagName === 'br') flush()
    else if (node.tagName === 'table') {
      flush()
      if (!addTable(node, true)) {
        layoutTables++
        walkInto(node)
      }
    } else if (isBlock(node)) {
      flush()
      walkInto(node)
    } else for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!)
  }
  flush()
  return { blocks, metaPairs, layoutTables }
}

/** Layout tables frame a page: one or two columns, or a few rows. Report tables are wider and longer. */
function isLayout(rows: RawRow[]): boolean {
  const width = Math.max(0, ...rows.map((row) => row.cells.length))
  return width <= 2 || rows.length <= 3
}
