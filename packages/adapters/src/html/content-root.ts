import type { Element } from 'hast'
import { toSimplified } from '@zfxxgk/core'
import type { FoundBlock } from './walk.js'

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
    block.kind === 'table' ? block.rows.length >= 2 : heading.test(toSimplified(block.text)),
  )
  if (signals.length < 2) return blocks
  let common: Element[] = signals[0]!.chain
  for (const signal of signals.slice(1)) {
    let i = 0
    while (i < common.length && i < signal.chain.length && common[i] === signal.chain[i]) i++
    common = common.slice(0, i)
  }
  const root = common[common.length - 1]
  if (!root) return blocks
  const depth = common.length - 1
  return blocks.filter((block) => block.chain[depth] === root)
}
