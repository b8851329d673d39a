import { toSimplified } from '@zfxxgk/core'
import type { Container, FoundBlock } from './walk.js'

/** A section heading of the format: 一、总体情况 … 六、其他需要报告的事项 (loosely). */
const heading = /^[一二三四五六][、.．，,]\s*\S*(总体|主动公开|申请|复议|诉讼|问题|改进|其他需要报告|其他事项)/

/**
 * The report without the page around it: the blocks inside the innermost element that holds
 * every section heading and report table. Navigation, footers and related-link lists outside it
 * are dropped. A page with fewer than two such signals is kept whole (the mapper then says
 * what is missing).
 */
export function reportBlocks(blocks: FoundBlock[]): FoundBlock[] {
  const signals = blocks.filter((block) =>
    block.kind === 'table' ? block.rows.length >= 2 : block.text.length < 60 && heading.test(toSimplified(block.text)),
  )
  if (signals.length < 2) return blocks
  let root: Container | null = signals[0]!.container
  for (const signal of signals.slice(1)) root = commonAncestor(root, signal.container)
  if (!root) return blocks
  const within = root
  return blocks.filter((block) => liftTo(block.container, within.depth) === within)
}

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
