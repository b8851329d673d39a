import { describe, expect, it } from 'vitest'
import { createInProcessExecutor } from '../src/pool/in-process-executor.js'
import { runOrdered } from '../src/pool/run-ordered.js'
import { createWorkerExecutor } from '../src/pool/worker-executor.js'
import type { TaskFailure } from '../src/pool/executor.js'

interface Task {
  n: number
  delay?: number
  crash?: boolean
  hang?: boolean
  fail?: boolean
  throwUncaught?: boolean
  hog?: boolean
}
type Result = { n: number; thread?: number; tag?: string; failure?: TaskFailure }

const workerUrl = new URL('./fixtures/pool-worker.mjs', import.meta.url)
const onFailure = (task: Task, failure: TaskFailure): Result => ({ n: task.n, failure })

async function collect<R>(source: AsyncIterable<R>): Promise<R[]> {
  const out: R[] = []
  for await (const item of source) out.push(item)
  return out
}

describe('worker pool', () => {
  it('yields results in input order although later tasks finish first, using several threads', async () => {
    // Descending delays: task 0 finishes last.
    const tasks: Task[] = Array.from({ length: 12 }, (_, n) => ({ n, delay: (12 - n) * 15 }))
    const executor = createWorkerExecutor<Task, Result>({ url: workerUrl, size: 3, workerData: { tag: 'x' } }, onFailure)
    const results = await collect(runOrdered(tasks, executor, 24))
    expect(results.map((result) => result.n)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
    expect(new Set(results.map((result) => result.thread)).size).toBe(3)
    expect(results.every((result) => result.tag === 'x')).toBe(true)
  })

  it('isolates failures: a crash, an uncaught error, a reported error and a hang fail only their own task', async () => {
    const tasks: Task[] = [
      { n: 0 },
      { n: 1, crash: true },
      { n: 2 },
      { n: 3, throwUncaught: true },
      { n: 4, fail: true },
      { n: 5, hang: true },
      { n: 6 },
      { n: 7 },
    ]
    const executor = createWorkerExecutor<Task, Result>({ url: workerUrl, size: 2, timeoutMs: 400 }, onFailure)
    const results = await collect(runOrdered(tasks, executor, 16))
    expect(results.map((result) => result.n)).toEqual([0, 1, 2, 3, 4, 5, 6, 7])
    expect(results.map((result) => result.failure?.kind ?? 'ok')).toEqual(['ok', 'crash', 'ok', 'crash', 'error', 'timeout', 'ok', 'ok'])
    expect(results[1]!.failure!.message).toBe('exit code 3')
    expect(results[3]!.failure!.message).toBe('uncaught in task 3')
    expect(results[4]!.failure!.message).toBe('task 4 failed')
    expect(results[5]!.failure!.message).toBe('0.4')
  })

  it('stops a task that exceeds the heap limit without harming the others', async () => {
    const tasks: Task[] = [{ n: 0 }, { n: 1, hog: true }, { n: 2 }]
    const executor = createWorkerExecutor<Task, Result>({ url: workerUrl, size: 2, resourceLimits: { maxOldGenerationSizeMb: 32 } }, onFailure)
    const results = await collect(runOrdered(tasks, executor, 4))
    expect(results.map((result) => result.failure?.kind ?? 'ok')).toEqual(['ok', 'crash', 'ok'])
    expect(results[1]!.failure!.message).toMatch(/memory/i)
  })

  it('keeps at most `window` tasks in flight, so memory is bounded however many inputs there are', async () => {
    let started = 0
    let maxAhead = 0
    let yielded = 0
    async function* tasks() {
      for (let n = 0; n < 50; n++) {
        started++
        maxAhead = Math.max(maxAhead, started - yielded)
        yield n
      }
    }
    const executor = createInProcessExecutor<number, number>(async (n) => n * 2, () => -1, 4)
    const out: number[] = []
    for await (const value of runOrdered(tasks(), executor, 5)) {
      yielded++
      out.push(value)
    }
    expect(out).toEqual(Array.from({ length: 50 }, (_, n) => n * 2))
    expect(maxAhead).toBeLessThanOrEqual(6)
  })

  it('in process: a task that throws becomes its failure result and the rest go on', async () => {
    const executor = createInProcessExecutor<number, string>(
      async (n) => {
        if (n === 2) throw new Error('two is bad')
        return `ok ${n}`
      },
      (n, failure) => `failed ${n}: ${failure.kind} ${failure.message}`,
    )
    expect(await collect(runOrdered([1, 2, 3], executor, 2))).toEqual(['ok 1', 'failed 2: error two is bad', 'ok 3'])
  })

  it('rejects a window that is not a positive integer', async () => {
    const executor = createInProcessExecutor<number, number>(async (n) => n, () => -1)
    await expect(collect(runOrdered([1], executor, 0))).rejects.toThrow(RangeError)
  })
})

describe('autoJobs', () => {
  it('adds a thread per 16 files, up to the cores', async () => {
    const { availableParallelism } = await import('node:os')
    const { autoJobs } = await import('../src/run-batch.js')
    expect(autoJobs(0)).toBe(1)
    expect(autoJobs(15)).toBe(1)
    expect(autoJobs(32)).toBe(Math.min(2, availableParallelism()))
    expect(autoJobs(100_000)).toBe(availableParallelism())
  })
})
