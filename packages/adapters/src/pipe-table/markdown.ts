import type { Block, Point, TableCell } from '@zfxxgk/core'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { gfmTable } from 'micromark-extension-gfm-table'
import type { Nodes, Root, RootContent, Table as MdTable } from 'mdast'

/** GFM Markdown: headings, paragraphs and list items become paragraphs (one per line), pipe tables become tables. */
export function readMarkdown(text: string): Block[] {
  const tree: Root = fromMarkdown(text, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] })
  const blocks: Block[] = []
  const lineStarts = [0, ...[...text.matchAll(/\r\n|\n|\r/g)].map((m) => m.index + m[0].length)]
  const visit = (node: RootContent) => {
    if (node.type === 'table') {
      blocks.push(readTable(node))
    } else if (node.type === 'heading' || node.type === 'paragraph') {
      pushLines(blocks, textOf(node), point(node.position?.start), lineStarts)
    } else if (node.type === 'code') {
      pushLines(blocks, node.value, point(node.position?.start), lineStarts)
    } else if ('children' in node) {
      for (const child of node.children as RootContent[]) visit(child)
    }
  }
  for (const child of tree.children) visit(child)
  return blocks
}

function readTable(node: MdTable): Block {
  const rows: TableCell[][] = node.children.map((row, y) =>
    row.children.map((cell, x) => ({
      text: textOf(cell),
      location: { ...span(cell.position), row: y + 1, col: x + 1 },
    })),
  )
  return { kind: 'table', layout: 'text', rows, location: span(node.position) }
}

function pushLines(blocks: Block[], text: string, start: Point | undefined, lineStarts: readonly number[]): void {
  text.split('\n').forEach((line, i) => {
    const content = line.trim()
    if (content === '') return
    const at: Point | undefined = start && (i === 0 ? start : { line: start.line + i, column: 1, offset: lineStarts[start.line + i - 1] ?? 0 })
    blocks.push({ kind: 'paragraph', text: content, location: at ? { start: at } : {} })
  })
}

function textOf(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.type === 'html' ? node.value.replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]*>/g, '') : node.value
  if (node.type === 'break') return '\n'
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join('')
  return ''
}

function point(p: { line: number; column: number; offset?: number | undefined } | undefined): Point | undefined {
  return p ? { line: p.line, column: p.column, offset: p.offset ?? 0 } : undefined
}

function span(position: { start: { line: number; column: number; offset?: number | undefined }; end: { line: number; column: number; offset?: number | undefined } } | undefined) {
  return position ? { start: point(position.start)!, end: point(position.end)! } : {}
}
