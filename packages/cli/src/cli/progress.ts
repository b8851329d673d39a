import type { Writable } from 'node:stream'

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
      const line = `[${String(done).padStart(width)}/${total}] ${String(percent).padStart(3)}% ${file}`
      const columns = stream.columns ?? 120
      if (tty) stream.write(`\r\u001B[K${line.slice(0, columns - 1)}`)
      else stream.write(`${line}\n`)
      shown = tty
    },
    clear() {
      if (shown) stream.write('\r\u001B[K')
      shown = false
    },
  }
}
