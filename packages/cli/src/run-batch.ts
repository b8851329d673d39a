import { availableParallelism } from 'node:os'
import type { Writable } from 'node:stream'
import type { Lang } from '@zfxxgk/core'
import { validateSettings } from './analyze/validate-config.js'
import { analyzeFiles } from './batch.js'
import type { Output } from './cli/output.js'
import { createProgress } from './cli/progress.js'
import { discoverFiles } from './files/discover.js'
import type { AnalyzeSettings, FileResult, PresetName, RuleLevel } from './types.js'

export interface RunOptions {
  /** Files, directories (read recursively) and quoted globs. */
  inputs: readonly string[]
  /** Globs of files to leave out of directories and globs. */
  ignore?: readonly string[]
  preset?: PresetName
  rules?: Record<string, RuleLevel>
  /** Absolute path of a config file (.json, .js, .mjs). */
  configFile?: string
  lang?: Lang
  /** Worker threads; `1` analyses on this thread. Default: `autoJobs(number of files)`. */
  jobs?: number
  /** Per-file time limit in worker threads (default 120 000 ms). */
  timeoutMs?: number
  /** Progress line on `stderr` (default: when it is a terminal). */
  progress?: boolean
  /** Where results go (default: standard output). */
  output?: Output
  /** Where progress and notices go (default: `process.stderr`). */
  stderr?: Writable & { isTTY?: boolean }
}

/**
 * Starting a worker thread costs about as much as analysing a few dozen text reports, so by
 * default a thread is added only for every 16 files, up to the available cores; small runs stay
 * on the main thread.
 */
export function autoJobs(files: number): number {
  return Math.max(1, Math.min(availableParallelism(), Math.floor(files / 16)))
}

/** The analysis settings of a run; `keepReport` for the cross-year comparison. */
export function settingsOf(options: RunOptions, collectCells: boolean, keepReport = false): AnalyzeSettings {
  return {
    preset: options.preset ?? 'recommended',
    rules: options.rules ?? {},
    configFile: options.configFile,
    lang: options.lang ?? 'zh',
    collectCells,
    keepReport,
  }
}

/** Shared set-up of `check` and `export`: files, settings (validated), the batch and progress. */
export async function* runBatch(options: RunOptions, settings: AnalyzeSettings): AsyncGenerator<FileResult, void, undefined> {
  const files = await discoverFiles(options.inputs, { ignore: options.ignore })
  await validateSettings(settings)
  const stderr = options.stderr ?? process.stderr
  const progress = createProgress(files.length, stderr, options.progress ?? stderr.isTTY === true)
  let done = 0
  try {
    for await (const result of analyzeFiles(files, { settings, jobs: options.jobs ?? autoJobs(files.length), timeoutMs: options.timeoutMs ?? 120_000 })) {
      progress.clear()
      yield result
      progress.update(++done, result.filePath)
    }
  } finally {
    progress.clear()
  }
}

