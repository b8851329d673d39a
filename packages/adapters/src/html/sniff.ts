import type { SniffSample } from '@zfxxgk/core'

/** How sure we are that a sample is HTML: markup at the start, or an HTML file name. */
export function sniffHtml(sample: SniffSample): number {
  const head = sample.text?.slice(0, 2048) ?? latin1(sample.bytes)
  const start = head.replace(/^\ufeff?(?:\s|<!--[\s\S]*?-->)*/, '').slice(0, 512).toLowerCase()
  if (/^<!doctype html|^<html[\s>]|^<\?xml[^>]*>\s*<!doctype html/.test(start)) return 0.95
  if (/^<(head|body|meta|title|table|div|p)[\s>]/.test(start)) return 0.8
  if (/\.(html?|shtml|xhtml)$/i.test(sample.fileName ?? '')) return 0.7
  return /<(table|p|div|br)[\s/>]/i.test(head) && /<\/(table|p|div)>/i.test(head) ? 0.3 : 0
}

function latin1(bytes: Uint8Array | null): string {
  if (!bytes) return ''
  let out = ''
  const end = Math.min(bytes.length, 2048)
  for (let i = 0; i < end; i++) out += String.fromCharCode(bytes[i]!)
  return out
}
