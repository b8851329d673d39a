import type { RenderBlock } from './document.js'
import type { RenderTable } from './grid.js'

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
const escape = (text: string) => text.replace(/[&<>"']/g, (ch) => escapes[ch]!)

const style = [
  'body{font-family:"SimSun","Songti SC",serif;max-width:60em;margin:2em auto;line-height:1.7}',
  'h1{text-align:center;font-size:1.4em}h2{font-size:1.1em}',
  'table{border-collapse:collapse;margin:1em auto}th,td{border:1px solid #000;padding:.3em .5em;text-align:center}',
  '.signature{text-align:right}',
].join('')

/**
 * A complete HTML page: the official tables with their colspan/rowspan, every text escaped,
 * no script and nothing loaded from elsewhere, so that a portal can publish it as it is.
 */
export function toHtml(blocks: readonly RenderBlock[]): string {
  const title = blocks.find((b) => b.kind === 'title')?.text ?? ''
  const body: string[] = []
  for (const block of blocks) {
    if (block.kind === 'title') body.push(`<h1>${escape(block.text)}</h1>`)
    else if (block.kind === 'heading') body.push(`<h2>${escape(block.text)}</h2>`)
    else if (block.kind === 'paragraph') body.push(`<p>${escape(block.text)}</p>`)
    else if (block.kind === 'signature') body.push(`<p class="signature">${escape(block.text)}</p>`)
    else body.push(tableHtml(block.table))
  }
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    `<head><meta charset="utf-8"><title>${escape(title)}</title><style>${style}</style></head>`,
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n')
}

function tableHtml(table: RenderTable): string {
  const rows = table.rows.map((row) => {
    const cells = row.map((cell) => {
      const tag = cell.header ? 'th' : 'td'
      const spans = `${cell.colSpan ? ` colspan="${cell.colSpan}"` : ''}${cell.rowSpan ? ` rowspan="${cell.rowSpan}"` : ''}`
      return `<${tag}${spans}>${escape(cell.text)}</${tag}>`
    })
    return `<tr>${cells.join('')}</tr>`
  })
  return `<table>\n${rows.join('\n')}\n</table>`
}
