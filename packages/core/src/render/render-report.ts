import type { Report } from '../model/schema.js'
import { reportBlocks } from './document.js'
import { toHtml } from './to-html.js'
import { toMarkdown } from './to-markdown.js'
import { toTabText } from './to-tab-text.js'

export type RenderFormat = 'html' | 'markdown' | 'tab-text'

export interface RenderOptions {
  format: RenderFormat
}

const renderers: Record<RenderFormat, { blank: string; render: typeof toHtml }> = {
  // A grid keeps the place of an empty cell, so "not filled" stays empty.
  html: { blank: '', render: toHtml },
  // Text renderings lose the place of empty cells: "not filled" is written as —.
  markdown: { blank: '—', render: toMarkdown },
  'tab-text': { blank: '—', render: toTabText },
}

/**
 * Renders a report in the official layout of its edition: title, the six headings, the
 * narrative text and tables 二/三/四 with their merged cells, ending with the 落款 when the
 * publication date is known. The output parses back to the same model with the matching
 * adapter (`html`, `pipe-table`, `tab-text`). Extension rows of tables 二 and 三 (outside the format)
 * are printed at the end of their table; those of table 四, which has no label column, are not.
 */
export function renderReport(report: Report, options: RenderOptions): string {
  const renderer = options && Object.prototype.hasOwnProperty.call(renderers, options.format) ? renderers[options.format] : undefined
  if (!renderer) throw new TypeError(`renderReport: format must be one of ${Object.keys(renderers).join(', ')}`)
  if (!report || (report.edition !== '2019' && report.edition !== '2021')) throw new TypeError('renderReport: expected a report of the 2019 or 2021 edition')
  return renderer.render(reportBlocks(report, renderer.blank))
}
