import { analyzeFile } from './analyze/analyze-file.js'
import { cliDiagnostic } from './analyze/cli-diagnostics.js'
import { buildConfig } from './analyze/config.js'
import { failedResult } from './analyze/failed-result.js'
import type { FailureHandler } from './pool/executor.js'
import { createInProcessExecutor } from './pool/in-process-executor.js'
import { runOrdered } from './pool/run-ordered.js'
import { createWorkerExecutor } from './pool/worker-executor.js'
import type { AnalyzeSettings, FileResult } from './types.js'
import { analysisWorkerEntry } from './worker-entry.js'

/** No report needs nearly this much heap; a hostile file that does fails alone. */
const workerHeapMb = 1536

export interface BatchOptions {
  settings: AnalyzeSettings
  /** Worker threads; `1` analyses on this thread. */
  jobs: number
  /** Per-file time limit (worker threads only, where a stuck file can be stopped). */
  timeoutMs?: number
}

/**
 * Analyses `files` on a pool of worker threads and yields their results in input order, keeping
 * only a bounded window of results in memory. A file that fails in any way yields a result with
 * one fatal diagnostic; the batch goes on.
 */
export async function* analyzeFiles(files: readonly string[], options: BatchOptions): AsyncGenerator<FileResult, void, undefined> {
  const { settings } = options
  const onFailure: FailureHandler<string, FileResult> = (filePath, failure) => {
    const diagnostic =
      failure.kind === 'timeout'
        ? cliDiagnostic('timeout', { seconds: failure.message }, settings.lang)
        : failure.kind === 'crash'
          ? cliDiagnostic('workerFailed', { reason: failure.message }, settings.lang)
          : cliDiagnostic('internalError', { reason: failure.message }, settings.lang)
    return failedResult(filePath, diagnostic, settings.collectCells)
  }
  const jobs = Math.max(1, Math.min(options.jobs, files.length))
  const entry = jobs > 1 ? analysisWorkerEntry() : null
  if (entry) {
    const executor = createWorkerExecutor<string, FileResult>(
      { url: entry.url, eval: entry.eval, execArgv: entry.execArgv, size: jobs, workerData: settings, timeoutMs: options.timeoutMs, resourceLimits: { maxOldGenerationSizeMb: workerHeapMb } },
      onFailure,
    )
    yield* runOrdered(files, executor, jobs * 8)
    return
  }
  const config = await buildConfig(settings)
  const executor = createInProcessExecutor<string, FileResult>((filePath) => analyzeFile(filePath, settings, config), onFailure)
  yield* runOrdered(files, executor, 1)
}
