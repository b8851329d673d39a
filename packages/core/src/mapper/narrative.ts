import type { Block } from '../document/types.js'
import type { SectionKey } from '../model/layout-sections.js'
import type { Outline } from './outline.js'

/**
 * The text of a narrative section: its paragraphs after its last heading (a duplicated heading
 * restarts the section, D-H2), one per line; `null` when the section has no text.
 * Section 一 also takes the text before the first heading (a preamble; all of section 一 when its
 * heading is missing, D-H1), so that nothing before the first heading is lost.
 */
export function sectionText(blocks: readonly Block[], outline: Outline, key: SectionKey, skip: ReadonlySet<number>): string | null {
  const headings = outline.headings.filter((h) => h.key === key)
  const start = headings.length > 0 ? headings[headings.length - 1]!.blockIndex : -1
  const lines: string[] = []
  blocks.forEach((block, i) => {
    if (block.kind !== 'paragraph' || outline.isHeading[i] || skip.has(i) || outline.titleBlocks.includes(i)) return
    const inSection = outline.sectionOf[i] === key && i > start
    const preamble = key === 'overview' && outline.sectionOf[i] === null
    if (inSection || preamble) {
      const text = block.text.trim()
      if (text !== '') lines.push(text)
    }
  })
  return lines.length > 0 ? lines.join('\n') : null
}
