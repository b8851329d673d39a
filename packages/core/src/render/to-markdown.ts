import type { RenderBlock } from './document.js'
import { expandGrid } from './grid.js'

/**
 * GFM Markdown: `#` title, `##` headings, paragraphs, pipe tables. Pipe tables have no spans, so a
 * merged cell's text stands in its first slot and the covered slots are empty (see expandGrid).
 */
export function toMarkdown(blocks: readonly RenderBlock[]): string {
  const out: string[] = []
  for (const block of blocks) {
    if (block.kind === 'title') out.push(`# ${escapeText(block.text)}`)
    else if (block.kind === 'heading') out.push(`## ${escapeText(block.text)}`)
    else if (block.kind === 'paragraph' || block.kind === 'signature') out.push(escapeText(block.text))
    else {
      const [head, ...body] = expandGrid(block.table)
      const line = (cells: string[]) => `| ${cells.map(escapeCell).join(' | ')} |`
      out.push([line(head!), `| ${head!.map(() => '---').join(' | ')} |`, ...body.map(line)].join('\n'))
    }
  }
  return out.join('\n\n') + '\n'
}

/** Backslash-escapes what Markdown would read as markup; CommonMark allows it before any ASCII punctuation. */
function escapeText(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|#~&!]/g, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/^([+\-=])/, '\\$1')
}

/** In a cell a line break is `<br>` (GFM cells are one line) and the rest is escaped like text. */
function escapeCell(text: string): string {
  return text.split('\n').map(escapeText).join('<br>')
}
