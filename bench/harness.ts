/**
 * A tiny benchmark harness: runs a subject and its baseline interleaved in the same process,
 * reports the median time of each, their ratio and the subject's rate, and whether the ratio
 * meets its target. Absolute times vary by machine; the ratio is the figure to read.
 */
export interface Comparison {
  name: string
  subject: () => unknown | Promise<unknown>
  baseline: () => unknown | Promise<unknown>
  /** Label of the baseline, e.g. "split into lines and cells". */
  baselineName: string
  /** The ratio subject / baseline must stay at or under this. */
  maxRatio?: number
  /** Or: baseline / subject must be at least this (for "N× faster than"). */
  minSpeedup?: number
  /** What one run processes, for the rate column (default: "reports"). */
  unit?: string
}

export interface ComparisonResult {
  name: string
  subjectMs: number
  baselineMs: number
  ratio: number
  perSecond: number
  ok: boolean
}

async function timeOnce(fn: () => unknown | Promise<unknown>): Promise<number> {
  const start = performance.now()
  await fn()
  return performance.now() - start
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

export async function compare(c: Comparison, { minTimeMs = 400, minRuns = 15, warmUpMs = 500 } = {}): Promise<ComparisonResult> {
  // Warm up for a while, not a fixed count: the compiler and the heap settle after the previous
  // comparison's work, which would otherwise be charged to the first runs of this one.
  const warmUntil = performance.now() + warmUpMs
  for (let i = 0; i < 3 || performance.now() < warmUntil; i++) {
    await c.subject()
    await c.baseline()
  }
  const subjectTimes: number[] = []
  const baselineTimes: number[] = []
  const started = performance.now()
  while (subjectTimes.length < minRuns || performance.now() - started < minTimeMs) {
    subjectTimes.push(await timeOnce(c.subject))
    baselineTimes.push(await timeOnce(c.baseline))
    if (subjectTimes.length > 5000) break
  }
  const subjectMs = median(subjectTimes)
  const baselineMs = median(baselineTimes)
  const ratio = subjectMs / baselineMs
  const ok = (c.maxRatio === undefined || ratio <= c.maxRatio) && (c.minSpeedup === undefined || 1 / ratio >= c.minSpeedup)
  return { name: c.name, subjectMs, baselineMs, ratio, perSecond: 1000 / subjectMs, ok }
}

export async function runComparisons(title: string, comparisons: Comparison[]): Promise<ComparisonResult[]> {
  console.log(`\n## ${title}`)
  const results: ComparisonResult[] = []
  for (const c of comparisons) {
    const r = await compare(c)
    results.push(r)
    const target = c.maxRatio !== undefined ? `target ≤ ${c.maxRatio}×` : c.minSpeedup !== undefined ? `target ≥ ${c.minSpeedup}× faster` : ''
    const speed = c.minSpeedup !== undefined ? `${(1 / r.ratio).toFixed(1)}× faster than ${c.baselineName}` : `${r.ratio.toFixed(2)}× ${c.baselineName}`
    console.log(
      `${r.ok ? 'ok  ' : 'MISS'} ${c.name.padEnd(34)} ${r.subjectMs.toFixed(3).padStart(9)} ms vs ${r.baselineMs.toFixed(3).padStart(9)} ms  ${speed}  ${r.perSecond.toFixed(0)} ${c.unit ?? 'reports'}/s  ${target}`,
    )
  }
  return results
}
