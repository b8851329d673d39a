import type { Writable } from 'node:stream'
import type { Lang } from '@zfxxgk/core'
import { runCheck } from '../run-check.js'
import { runExport } from '../run-export.js'
import { version } from '../version.js'
import { parseCheckArgs, parseExportArgs } from './args.js'
import { commandHelp, mainHelp } from './help.js'
import { openOutput } from './output.js'
import type { Output } from './output.js'
import { UsageError } from './usage-error.js'

export interface MainIo {
  stdout?: Writable
  stderr?: Writable & { isTTY?: boolean }
  /** Overrides where results go (tests); otherwise `--output` or standard output. */
  output?: Output
}

/** `--lang en` anywhere on the line selects English help and usage messages. */
function langOf(argv: readonly string[]): Lang {
  const index = argv.indexOf('--lang')
  return index >= 0 && argv[index + 1] === 'en' ? 'en' : argv.includes('--lang=en') ? 'en' : 'zh'
}

async function run(argv: readonly string[], io: Required<Pick<MainIo, 'stdout' | 'stderr'>> & MainIo): Promise<number> {
  const [command, ...rest] = argv
  const lang = langOf(argv)
  if (command === '--version' || command === '-v') {
    io.stdout.write(`${version}\n`)
    return 0
  }
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout.write(mainHelp(lang))
    return command === undefined ? 2 : 0
  }
  if (command !== 'check' && command !== 'export') {
    throw new UsageError(lang === 'zh' ? `未知命令 ${command}，可用命令：check、export` : `Unknown command ${command}; commands: check, export`)
  }
  const args = command === 'check' ? parseCheckArgs(rest) : parseExportArgs(rest)
  if (args.help) {
    io.stdout.write(commandHelp(command, lang))
    return 0
  }
  if (args.inputs.length === 0) {
    throw new UsageError(lang === 'zh' ? `请给出要${command === 'check' ? '检查' : '导出'}的文件或目录` : `No files or directories given to ${command}`)
  }
  const output = io.output ?? (await openOutput(args.output))
  try {
    if (command === 'check') {
      const check = args as ReturnType<typeof parseCheckArgs>
      const result = await runCheck({ ...check, output, stderr: io.stderr })
      return result.exitCode
    }
    await runExport({ ...(args as ReturnType<typeof parseExportArgs>), output, stderr: io.stderr })
    return 0
  } finally {
    await output.close()
  }
}

/**
 * The whole command line: returns the exit code instead of exiting, so it can be tested in process.
 * 0 no errors, 1 errors found (or too many warnings), 2 usage, configuration or internal error.
 */
export async function main(argv: readonly string[], io: MainIo = {}): Promise<number> {
  const stdout = io.stdout ?? process.stdout
  const stderr = io.stderr ?? process.stderr
  try {
    return await run(argv, { ...io, stdout, stderr })
  } catch (error) {
    if (error instanceof UsageError) {
      stderr.write(`zfxxgk: ${error.message}\n`)
      if (!(argv[0] === 'check' || argv[0] === 'export')) stderr.write(langOf(argv) === 'zh' ? '运行 zfxxgk --help 查看用法\n' : 'Run zfxxgk --help for usage\n')
      return 2
    }
    stderr.write(`zfxxgk: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    return 2
  }
}
