import { attr, type Element } from './dom.js'

/** Elements whose content a reader never sees as text; skipped with all they hold. */
const unseen = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas',
  'audio', 'video', 'select', 'button', 'input', 'textarea', 'img', 'map',
])

/** Elements that start a new line: a paragraph boundary in the neutral document. */
const blocks = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
])

const hiddenStyle = /display\s*:\s*none|mso-hide\s*:\s*all|visibility\s*:\s*hidden/i

export function isBlock(element: Element): boolean {
  return blocks.has(element.tagName)
}

/** Not rendered: unseen elements, `hidden`, and inline `display:none` (Word's `mso-hide:all` too). */
export function isUnseen(element: Element): boolean {
  if (unseen.has(element.tagName)) return true
  if (element.attrs.length === 0) return false
  if (attr(element, 'hidden') !== undefined) return true
  const style = attr(element, 'style')
  return style !== undefined && hiddenStyle.test(style)
}
