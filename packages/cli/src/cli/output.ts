import { open } from 'node:fs/promises'
import type { Writable } from 'node:stream'
import { UsageError } from './usage-error.js'

export interface Output {
  write(text: string): Promise<void>
  close(): Promise<void>
  /** Whether the output is a terminal (for colour and progress interplay). */
  isTTY: boolean
}

/** Writes to a stream and waits for `drain` when its buffer is full, so long runs stay small. */
export function streamOutput(stream: Writable & { isTTY?: boolean }, ownsStream: boolean): Output {
  let failure: Error | null = null
  // A failed write (disk full, closed pipe) rejects the next write instead of crashing the process.
  stream.on('error', (error) => {
    failure = error
  })
  return {
    isTTY: stream.isTTY === true,
    write(text) {
      if (failure) return Promise.reject(failure)
      if (text === '') return Promise.resolve()
      return new Promise((resolve, reject) => {
        const ok = stream.write(text, (error) => (error ? reject(error) : undefined))
        if (ok) return resolve()
        const onError = (error: Error) => reject(error)
        stream.once('error', onError)
        stream.once('drain', () => {
          stream.off('error', onError)
          resolve()
        })
      })
    },
    close() {
      if (!ownsStream) return Promise.resolve()
      return new Promise((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())))
    },
  }
}

/** `--output <file>` (opened before any work, so a bad path is a usage error) or standard output. */
export async function openOutput(file: string | undefined): Promise<Output> {
  if (!file) return streamOutput(process.stdout, false)
  try {
    const handle = await open(file, 'w')
    return streamOutput(handle.createWriteStream(), true)
  } catch (error) {
    throw new UsageError(`无法写入 ${file}：${(error as Error).message} (cannot open the output file)`)
  }
}
