import { Writable } from 'node:stream'
import type { Output } from '../src/cli/output.js'

/** A writable that keeps what is written, for in-process runs of the CLI. */
export function memoryStream(): Writable & { text(): string; isTTY: boolean } {
  const chunks: string[] = []
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      chunks.push(String(chunk))
      callback()
    },
  }) as Writable & { text(): string; isTTY: boolean }
  stream.text = () => chunks.join('')
  stream.isTTY = false
  return stream
}

export function memoryOutput(): Output & { text(): string } {
  let text = ''
  return {
    isTTY: false,
    async write(chunk) {
      text += chunk
    },
    async close() {},
    text: () => text,
  }
}
