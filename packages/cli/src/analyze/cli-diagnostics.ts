import { createDiagnostic } from '@zfxxgk/core'
import type { Diagnostic, Lang, LocalizedText } from '@zfxxgk/core'

/** The CLI's own findings about a file it could not analyse. All are fatal errors. */
export const cliMessages = {
  readFailed: {
    zh: '无法读取文件：{{reason}}',
    en: 'Cannot read the file: {{reason}}',
  },
  tooLarge: {
    zh: '文件过大（{{size}} 字节），上限为 {{limit}} 字节，未分析',
    en: 'The file is too large ({{size}} bytes, limit {{limit}} bytes); not analysed',
  },
  internalError: {
    zh: '分析该文件时发生内部错误：{{reason}}',
    en: 'Internal error while analysing the file: {{reason}}',
  },
  workerFailed: {
    zh: '分析进程异常退出：{{reason}}',
    en: 'The analysing worker failed: {{reason}}',
  },
  timeout: {
    zh: '分析超过 {{seconds}} 秒未完成，已中止',
    en: 'Analysis did not finish within {{seconds}} seconds and was stopped',
  },
} satisfies Record<string, LocalizedText>

export type CliMessageId = keyof typeof cliMessages

const ruleIds: Record<CliMessageId, string> = {
  readFailed: 'cli/read-failed',
  tooLarge: 'cli/file-too-large',
  internalError: 'cli/internal-error',
  workerFailed: 'cli/worker-failed',
  timeout: 'cli/timeout',
}

export function cliDiagnostic(messageId: CliMessageId, data: Record<string, string | number>, lang: Lang): Diagnostic {
  return createDiagnostic(
    { ruleId: ruleIds[messageId], messageId, text: cliMessages[messageId], severity: 'error', data, fatal: true },
    '@zfxxgk/cli',
    lang,
  )
}
