import { createWriteStream } from 'node:fs'
import type { Writable } from 'node:stream'

export interface Output {
  write(text: string): Promise<void>
  close(): Promise<void>
  /** Whether the output is a terminal (for colour and progress interplay). */
  isTTY: boolean
}

/** Writes to a stream and waits for `drain` when its buffer is full, so long runs stay small. */
export function streamOutput(stream: Writable & { isTTY?: boolean }, ownsStream: boolean): Output {
  return {
    isTTY: stream.isTTY === true,
    write(text) {
      if (text === '') return Promise.resolve()
      return new Promise((resolve, reject) => {
        const ok = stream.write(text, (error) => (error ? reject(error) : undefined))
        if (ok) resolve()
        else stream.once('drain', resolve)
      })
    },
    close() {
      if (!ownsStream) return Promise.resolve()
      return new Promise((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())))
    },
  }
}

/** `--output <file>` or standard output. */
export function openOutput(file: string | undefined): Output {
  return file ? streamOutput(createWriteStream(file), true) : streamOutput(process.stdout, false)
}
