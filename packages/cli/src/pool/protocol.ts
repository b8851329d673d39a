/** Main thread → worker: analyse one task. */
export interface TaskMessage<T> {
  id: number
  task: T
}

/** Worker → main thread: the task's result, or why the worker could not produce one. */
export type ResultMessage<R> = { id: number; ok: true; result: R } | { id: number; ok: false; error: string }
