import { defineAdapter, type Block, type SniffSample } from '@zfxxgk/core'
import { splitLines } from '../shared/lines.js'
import { lineParagraph } from '../shared/paragraph.js'
import { splitRegions } from './regions.js'
import { readTable } from './table.js'

/**
 * Reports published as plain text with tab-separated table rows, in every rendering seen:
 * one row per line, or one cell per line with a leading tab and blank lines between rows.
 */
export const tabText = defineAdapter({
  name: 'tab-text',
  input: 'text',
  extensions: ['txt', 'tsv', 'text'],
  sniff(sample: SniffSample): number {
    const text = sample.text
    if (text === null) return 0
    let tabbed = 0
    for (let i = text.indexOf('\t'); i !== -1 && tabbed < 10; i = text.indexOf('\t', i + 1)) tabbed++
    return tabbed >= 10 ? 0.6 : tabbed > 0 ? 0.3 : 0.1
  },
  parse(input, context) {
    const text = typeof input === 'string' ? input : new TextDecoder().decode(input)
    const blocks: Block[] = []
    const lines = splitLines(text)
    for (const region of splitRegions(lines)) {
      if (region.kind === 'text') blocks.push(lineParagraph(region.line))
      else blocks.push(readTable(lines, region.from, region.to, context))
    }
    return { format: 'tab-text', blocks }
  },
})

export default tabText
