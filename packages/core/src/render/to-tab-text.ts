import type { RenderBlock } from './document.js'
import { expandGrid } from './grid.js'

/**
 * Plain text as reports are pasted into portals (seed 000): one line per paragraph with blank
 * lines between, table rows as tab-separated lines with empty cells for merged slots.
 */
export function toTabText(blocks: readonly RenderBlock[]): string {
  const out: string[] = []
  for (const block of blocks) {
    if (block.kind === 'table') out.push(expandGrid(block.table).map((row) => row.map(oneLine).join('\t')).join('\n'))
    else out.push(oneLine(block.text))
  }
  return out.join('\n\n') + '\n'
}

/** A cell or paragraph must stay on its line and must not add cells. */
function oneLine(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ')
}
