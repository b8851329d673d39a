import { parentPort, workerData } from 'node:worker_threads'
import { analyzeFile } from './analyze/analyze-file.js'
import { buildConfig } from './analyze/config.js'
import type { ResultMessage, TaskMessage } from './pool/protocol.js'
import type { AnalyzeSettings, FileResult } from './types.js'

// The analysis worker: builds the config once (it may hold rule functions, which cannot be
// sent between threads), then analyses one file per message.
const settings = workerData as AnalyzeSettings
const config = buildConfig(settings)
// An invalid config is reported per task below; keep the rejection from being unhandled meanwhile.
config.catch(() => {})

function reply(message: ResultMessage<FileResult>): void {
  try {
    parentPort!.postMessage(message)
  } catch (error) {
    parentPort!.postMessage({ id: message.id, ok: false, error: `result not transferable: ${(error as Error).message}` })
  }
}

parentPort!.on('message', async ({ id, task }: TaskMessage<string>) => {
  try {
    reply({ id, ok: true, result: await analyzeFile(task, settings, await config) })
  } catch (error) {
    reply({ id, ok: false, error: error instanceof Error ? error.message : String(error) })
  }
})
