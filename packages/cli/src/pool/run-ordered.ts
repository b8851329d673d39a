import type { Executor } from './executor.js'

/**
 * Feeds `tasks` to `executor` and yields the results in input order. At most `window` tasks are
 * in flight or waiting to be yielded, so memory stays bounded however many inputs there are,
 * while a slow file does not stop the other workers from running ahead (up to the window).
 */
export async function* runOrdered<T, R>(
  tasks: Iterable<T> | AsyncIterable<T>,
  executor: Executor<T, R>,
  window: number,
): AsyncGenerator<R, void, undefined> {
  if (!Number.isInteger(window) || window < 1) throw new RangeError(`window must be a positive integer, got ${window}`)
  const pending: Array<Promise<R>> = []
  try {
    for await (const task of tasks) {
      pending.push(executor.run(task))
      if (pending.length >= window) yield await pending.shift()!
    }
    while (pending.length > 0) yield await pending.shift()!
  } finally {
    await executor.close()
  }
}
