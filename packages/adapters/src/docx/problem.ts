import type { AdapterContext, SourceLocation } from '@zfxxgk/core'
import { docxMessages, type DocxMessageId } from './messages.js'

/** A finding before it is reported: which message, its data and where. */
export interface DocxProblem {
  messageId: DocxMessageId
  data?: Record<string, string | number>
  location?: SourceLocation
  expected?: string
  actual?: string
}

export function reportProblem(context: AdapterContext, problem: DocxProblem): void {
  const message = docxMessages[problem.messageId]
  context.report({
    messageId: problem.messageId,
    text: message.text,
    severity: message.severity,
    ...(problem.data ? { data: problem.data } : {}),
    ...(problem.location ? { location: problem.location } : {}),
    ...(problem.expected !== undefined ? { expected: problem.expected } : {}),
    ...(problem.actual !== undefined ? { actual: problem.actual } : {}),
    ...('fatal' in message && message.fatal ? { fatal: true } : {}),
  })
}

const halt = Symbol('docx-halt')

/** Thrown inside a streaming callback to stop inflating or parsing at once; caught by `catchHalt`. */
export function haltWith(problem: DocxProblem): never {
  throw { [halt]: problem }
}

/** The problem carried by a halt, or undefined for any other error (which is re-thrown by callers). */
export function haltedProblem(error: unknown): DocxProblem | undefined {
  return typeof error === 'object' && error !== null && halt in error ? (error as Record<symbol, DocxProblem>)[halt] : undefined
}
