import type { Executor, FailureHandler } from './executor.js'

/**
 * Runs tasks on this thread, at most `concurrency` at a time (useful when parsing awaits I/O).
 * Used for `--jobs 1` and when no worker entry is available.
 */
export function createInProcessExecutor<T, R>(
  work: (task: T) => Promise<R>,
  onFailure: FailureHandler<T, R>,
  concurrency = 1,
): Executor<T, R> {
  let active = 0
  const waiting: Array<() => void> = []
  const release = () => {
    active--
    waiting.shift()?.()
  }
  return {
    async run(task) {
      if (active >= concurrency) await new Promise<void>((resolve) => waiting.push(resolve))
      active++
      try {
        return await work(task)
      } catch (error) {
        return onFailure(task, { kind: 'error', message: error instanceof Error ? error.message : String(error) })
      } finally {
        release()
      }
    },
    async close() {},
  }
}
