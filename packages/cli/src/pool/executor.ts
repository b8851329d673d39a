/**
 * Runs tasks somewhere (worker threads or this thread). `run` never rejects: a task that fails
 * resolves to the caller's failure value, so one bad input never stops a batch.
 */
export interface Executor<T, R> {
  run(task: T): Promise<R>
  close(): Promise<void>
}

/** Turns a failure of a task (crash, timeout, thrown error) into a result. */
export type FailureHandler<T, R> = (task: T, failure: TaskFailure) => R

export interface TaskFailure {
  kind: 'error' | 'crash' | 'timeout'
  message: string
}
