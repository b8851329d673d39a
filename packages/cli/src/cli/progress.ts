import type { Writable } from 'node:stream'
import { displayWidth } from '../format/display-width.js'

export interface Progress {
  update(done: number, file: string): void
  /** Removes the progress line (before other output to the same terminal, and at the end). */
  clear(): void
}

const silent: Progress = { update() {}, clear() {} }

/**
 * `[  120/4567]  2% path/to/file.html` on one rewritten line, at most every 100 ms. Only for a
 * terminal (or when asked for), so redirected stderr stays clean.
 */
export function createProgress(total: number, stream: Writable & { isTTY?: boolean; columns?: number }, enabled: boolean): Progress {
  if (!enabled || total === 0) return silent
  let last = 0
  let shown = false
  const tty = stream.isTTY === true
  return {
    update(done, file) {
      const now = Date.now()
      if (done < total && now - last < 100) return
      last = now
      const width = String(total).length
      const percent = Math.floor((done / total) * 100)
      const counter = `[${String(done).padStart(width)}/${total}] ${String(percent).padStart(3)}% `
      const columns = stream.columns ?? 120
      if (tty) stream.write(`\r\u001B[K${counter}${fitEnd(file, columns - 1 - counter.length)}`)
      else stream.write(`${counter}${file}\n`)
      shown = tty
    },
    clear() {
      if (shown) stream.write('\r\u001B[K')
      shown = false
    },
  }
}

/** The end of a path (its most telling part) within `width` terminal columns, so the line never wraps. */
export function fitEnd(text: string, width: number): string {
  if (displayWidth(text) <= width) return text
  const chars = [...text]
  let kept = ''
  for (let i = chars.length - 1; i >= 0 && displayWidth(chars[i] + kept) <= width - 1; i--) kept = chars[i] + kept
  return `…${kept}`
}
