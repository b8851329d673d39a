import { defineAdapter, type Adapter } from '@zfxxgk/core'
import { detectContainer, notZipProblem } from './container.js'
import { resolveLimits, type DocxOptions } from './options.js'
import { parseDocx } from './parse.js'
import { reportProblem } from './problem.js'
import { sniffDoc, sniffDocx } from './sniff.js'

export type { DocxLimits, DocxOptions } from './options.js'
export { defaultDocxLimits } from './options.js'
export { docxMessages } from './messages.js'
export type { DocxMessageId } from './messages.js'

function toBytes(input: string | Uint8Array): Uint8Array {
  return typeof input === 'string' ? new TextEncoder().encode(input) : input
}

/** The Word (.docx) adapter with custom limits; `docx` uses the defaults. */
export function createDocxAdapter(options?: DocxOptions): Adapter {
  const limits = resolveLimits(options)
  return defineAdapter({
    name: 'docx',
    input: 'bytes',
    extensions: ['docx'],
    sniff: sniffDocx,
    parse: (input, context) => parseDocx(toBytes(input), context, limits),
  })
}

/**
 * Legacy Word 97-2003 (.doc): not read (see the README for the measured reasons); it answers
 * with a diagnostic that asks for a .docx. A .docx that was merely named .doc is read as one.
 */
export function createDocAdapter(options?: DocxOptions): Adapter {
  const limits = resolveLimits(options)
  return defineAdapter({
    name: 'doc',
    input: 'bytes',
    extensions: ['doc', 'wps'],
    sniff: sniffDoc,
    parse: (input, context) => {
      const bytes = toBytes(input)
      const container = detectContainer(bytes)
      if (container === 'zip') return parseDocx(bytes, context, limits)
      reportProblem(context, notZipProblem(bytes, container))
      return { format: 'doc', blocks: [] }
    },
  })
}

export const docx = createDocxAdapter()
export const doc = createDocAdapter()
