import type { SourceLocation } from '../document/location.js'
import type { Block } from '../document/types.js'
import { sections, type SectionKey } from '../model/layout-sections.js'
import { compactText } from '../text/normalize.js'
import { matchHeading } from './headings.js'

export interface FoundHeading {
  key: SectionKey
  text: string
  blockIndex: number
  location: SourceLocation
  variant: boolean
}

/** The document's structure: which section each block belongs to, the title, the preamble. */
export interface Outline {
  headings: FoundHeading[]
  /** Per block: the section it stands in, or null before the first heading. */
  sectionOf: Array<SectionKey | null>
  /** Per block: true for the accepted headings themselves. */
  isHeading: boolean[]
  titleBlocks: number[]
  preambleBlocks: number[]
}

const order = sections.map((s) => s.key)

export function outlineDocument(blocks: readonly Block[]): Outline {
  const candidates = blocks.map((block) => (block.kind === 'paragraph' ? matchHeading(block.text) : null))
  dropTableOfContents(candidates)
  const outline: Outline = { headings: [], sectionOf: [], isHeading: [], titleBlocks: [], preambleBlocks: [] }
  let current = -1
  blocks.forEach((block, i) => {
    const candidate = candidates[i]
    const k = candidate ? order.indexOf(candidate.key) : -1
    // In order only: a later section, or the same one again (a duplicated heading, D-H2).
    if (candidate && k >= current && block.kind === 'paragraph') {
      current = k
      outline.headings.push({ key: candidate.key, text: block.text.trim(), blockIndex: i, location: block.location, variant: candidate.variant })
      outline.isHeading.push(true)
    } else {
      outline.isHeading.push(false)
    }
    outline.sectionOf.push(current >= 0 ? order[current]! : null)
  })
  const firstHeading = outline.headings[0]?.blockIndex ?? blocks.length
  const before = blocks.slice(0, firstHeading).map((b, i) => ({ b, i })).filter(({ b }) => b.kind === 'paragraph' && b.text.trim() !== '')
  // A title is one of the first lines; whatever follows the first non-title line is preamble.
  for (const { b, i } of before) {
    const raw = (b as { text: string }).text
    const text = raw.length <= 120 && outline.preambleBlocks.length === 0 ? compactText(raw) : ''
    const titleLike = text !== '' && text.length <= 60 && (/(年度报告|年报|报告)$/.test(text) || (/政府信息公[开開]/.test(text) && !/[。，]/.test(text)))
    if (titleLike && outline.preambleBlocks.length === 0) outline.titleBlocks.push(i)
    else outline.preambleBlocks.push(i)
  }
  return outline
}

/**
 * A run of three or more headings in section order, in consecutive paragraphs, whose sections all
 * come again later is a table of contents (D-H8). The run ends where the order restarts, so a list
 * followed at once by the real first heading is still seen.
 */
function dropTableOfContents(candidates: Array<ReturnType<typeof matchHeading>>): void {
  const last = new Map<SectionKey, number>()
  candidates.forEach((c, i) => c && last.set(c.key, i))
  const rank = (i: number) => order.indexOf(candidates[i]!.key)
  let start = 0
  while (start < candidates.length) {
    if (!candidates[start]) {
      start++
      continue
    }
    let end = start
    while (end + 1 < candidates.length && candidates[end + 1] && rank(end + 1) > rank(end)) end++
    let comesAgain = true
    for (let i = start; i <= end && comesAgain; i++) comesAgain = last.get(candidates[i]!.key)! > end
    if (end - start >= 2 && comesAgain) for (let i = start; i <= end; i++) candidates[i] = null
    start = end + 1
  }
}
