import { Worker } from 'node:worker_threads'
import type { ResourceLimits } from 'node:worker_threads'
import type { Executor, FailureHandler, TaskFailure } from './executor.js'
import type { ResultMessage, TaskMessage } from './protocol.js'

export interface WorkerExecutorOptions {
  /** The worker's entry module (or, with `eval`, its code); it answers `TaskMessage`s with `ResultMessage`s. */
  url: URL | string
  eval?: boolean
  /** How many workers run at once. */
  size: number
  workerData?: unknown
  execArgv?: string[]
  /** A task that takes longer is stopped (its worker is terminated and replaced). */
  timeoutMs?: number
  /** Heap limits per worker: a task that exceeds them fails alone instead of exhausting the process. */
  resourceLimits?: ResourceLimits
}

interface Job<T, R> {
  id: number
  task: T
  resolve(result: R): void
}

interface Slot<T, R> {
  worker: Worker
  job: Job<T, R> | null
  timer: ReturnType<typeof setTimeout> | null
  dead: boolean
}

/**
 * A pool of `node:worker_threads` workers. Workers start on demand, take one task at a time, and
 * a worker that crashes, exits or times out fails only its current task and is replaced.
 */
export function createWorkerExecutor<T, R>(options: WorkerExecutorOptions, onFailure: FailureHandler<T, R>): Executor<T, R> {
  const slots: Array<Slot<T, R>> = []
  const queue: Array<Job<T, R>> = []
  let nextId = 0
  let closing = false

  function finish(slot: Slot<T, R>): Job<T, R> | null {
    const job = slot.job
    slot.job = null
    if (slot.timer) clearTimeout(slot.timer)
    slot.timer = null
    return job
  }

  function retire(slot: Slot<T, R>, failure: TaskFailure): void {
    if (slot.dead) return
    slot.dead = true
    slots.splice(slots.indexOf(slot), 1)
    const job = finish(slot)
    void slot.worker.terminate()
    if (job) job.resolve(onFailure(job.task, failure))
    if (!closing && queue.length > 0) assign(spawn(), queue.shift()!)
  }

  function assign(slot: Slot<T, R>, job: Job<T, R>): void {
    slot.job = job
    if (options.timeoutMs !== undefined) {
      const seconds = Math.round(options.timeoutMs / 100) / 10
      slot.timer = setTimeout(() => retire(slot, { kind: 'timeout', message: String(seconds) }), options.timeoutMs)
    }
    const message: TaskMessage<T> = { id: job.id, task: job.task }
    slot.worker.postMessage(message)
  }

  function spawn(): Slot<T, R> {
    const worker = new Worker(options.url, {
      eval: options.eval,
      workerData: options.workerData,
      execArgv: options.execArgv,
      resourceLimits: options.resourceLimits,
    })
    const slot: Slot<T, R> = { worker, job: null, timer: null, dead: false }
    slots.push(slot)
    worker.on('message', (message: ResultMessage<R>) => {
      if (slot.dead || !slot.job || message.id !== slot.job.id) return
      const job = finish(slot)!
      job.resolve(message.ok ? message.result : onFailure(job.task, { kind: 'error', message: message.error }))
      const next = queue.shift()
      if (next) assign(slot, next)
    })
    worker.on('error', (error) => retire(slot, { kind: 'crash', message: error.message }))
    worker.on('exit', (code) => {
      if (!closing) retire(slot, { kind: 'crash', message: `exit code ${code}` })
    })
    return slot
  }

  return {
    run(task) {
      return new Promise<R>((resolve) => {
        const job: Job<T, R> = { id: nextId++, task, resolve }
        if (closing) return resolve(onFailure(task, { kind: 'crash', message: 'pool closed' }))
        const idle = slots.find((slot) => !slot.job)
        if (idle) assign(idle, job)
        else if (slots.length < options.size) assign(spawn(), job)
        else queue.push(job)
      })
    },
    async close() {
      closing = true
      for (const job of queue.splice(0)) job.resolve(onFailure(job.task, { kind: 'crash', message: 'pool closed' }))
      await Promise.all(slots.splice(0).map((slot) => slot.worker.terminate()))
    },
  }
}
