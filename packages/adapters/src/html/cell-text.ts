import { isElement, isText, type Element, type Node } from './dom.js'
import { isBlock, isUnseen } from './elements.js'
import { collapseLines, lineBreak } from './whitespace.js'

/**
 * A cell's text as a reader sees it (innerText, walked without recursion): runs split over
 * `<span>`/`<font>` join, `<br>` and block children (`<p>` per line in Word HTML) become `\n`,
 * whitespace collapses, `&nbsp;`-only is blank. Tables inside the cell are left out and
 * returned, so that they are read as tables of their own.
 */
export function cellText(cell: Element): { text: string; nested: Element[] } {
  const nested: Element[] = []
  let raw = ''
  const stack: Array<Node | typeof lineBreak> = []
  for (let i = cell.childNodes.length - 1; i >= 0; i--) stack.push(cell.childNodes[i]!)
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node === lineBreak) {
      raw += lineBreak
      continue
    }
    if (isText(node)) raw += node.value
    if (!isElement(node) || isUnseen(node)) continue
    if (node.tagName === 'br') raw += lineBreak
    else if (node.tagName === 'table') {
      nested.push(node)
      raw += lineBreak
    } else {
      if (isBlock(node)) {
        raw += lineBreak
        stack.push(lineBreak)
      }
      for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!)
    }
  }
  return { text: joinNumberRuns(collapseLines(raw)), nested }
}

/** `1 2 3` from runs of one number (Word splits digits over `<span>`s with line breaks). */
function joinNumberRuns(text: string): string {
  return /\d\s+\d/.test(text) && /^[\d\s.,，+\-]+$/.test(text) ? text.replace(/\s+/g, '') : text
}
