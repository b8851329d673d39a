import { toSimplified } from '@zfxxgk/core'
import type { Container, FoundBlock } from './walk.js'

/** A section heading of the format: 一、总体情况 … 六、其他需要报告的事项 (loosely). */
const heading = /^[一二三四五六][、.．，,]\s*\S*(总体|主动公开|申请|复议|诉讼|问题|改进|其他需要报告|其他事项)/

/**
 * The report without the page around it: the blocks inside the innermost element that holds
 * every section heading and report table, with the title just above it and the 落款 (agency
 * and date lines) just below it. Navigation, footers and related-link lists outside are dropped. A page with fewer than two such signals is kept whole (the mapper then says
 * what is missing).
 */
export function reportBlocks(blocks: FoundBlock[]): FoundBlock[] {
  const signals = blocks.filter((block) =>
    block.kind === 'table' ? block.rows.length >= 3 : block.text.length < 60 && heading.test(toSimplified(block.text)),
  )
  if (signals.length < 2) return blocks
  let root: Container | null = signals[0]!.container
  for (const signal of signals.slice(1)) root = commonAncestor(root, signal.container)
  if (!root) return blocks
  const within = root
  const keep = blocks.map((block) => liftTo(block.container, within.depth) === within)
  const first = keep.indexOf(true)
  const last = keep.lastIndexOf(true)
  // Templates often put the title above and the 落款 below the report's own container.
  for (let i = first - 1; i >= Math.max(0, first - 3); i--) {
    if (isTitle(blocks[i]!)) {
      keep[i] = true
      break
    }
  }
  for (let j = last + 1; j < Math.min(blocks.length, last + 4); j++) {
    if (!isDateLine(blocks[j]!)) continue
    for (let k = last + 1; k <= j; k++) if (k === j || isAgencyLine(blocks[k]!)) keep[k] = true
    break
  }
  return blocks.filter((_, i) => keep[i])
}

const isTitle = (block: FoundBlock) =>
  block.kind === 'paragraph' && block.text.length <= 60 && /年/.test(block.text) && /报告|報告/.test(block.text) && !/[：:]/.test(block.text)
const isDateLine = (block: FoundBlock) =>
  block.kind === 'paragraph' && /^(\d{4}|[〇○零一二三四五六七八九Ｏ]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日$/.test(block.text)
const isAgencyLine = (block: FoundBlock) => block.kind === 'paragraph' && block.text.length <= 30 && !/[。，；：:]/.test(block.text)

function liftTo(container: Container | null, depth: number): Container | null {
  let at = container
  while (at && at.depth > depth) at = at.parent
  return at
}

function commonAncestor(a: Container | null, b: Container | null): Container | null {
  let x = liftTo(a, b?.depth ?? -1)
  let y = liftTo(b, a?.depth ?? -1)
  while (x !== y) {
    x = x?.parent ?? null
    y = y?.parent ?? null
  }
  return x
}
