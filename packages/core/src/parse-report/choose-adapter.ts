import type { AdapterLike, SniffSample } from '../adapter.js'

/**
 * The adapter for an input: the one named, else the one whose file-name ending matches and whose
 * sniff does not rule the input out, else the most confident sniff. Sniffers must not throw, but
 * a broken third-party one is skipped rather than allowed to fail the parse.
 */
export function chooseAdapter(adapters: readonly AdapterLike[], sample: SniffSample, format?: string): AdapterLike | null {
  if (format !== undefined) {
    const named = adapters.find((a) => a.name === format)
    if (!named) throw new TypeError(`parseReport: unknown format \`${format}\`, expected one of ${adapters.map((a) => a.name).join(', ') || '(no adapters given)'}`)
    return named
  }
  const extension = sample.fileName ? /\.([a-z0-9]+)$/i.exec(sample.fileName)?.[1]?.toLowerCase() : undefined
  let best: AdapterLike | null = null
  let bestScore = 0
  for (const adapter of adapters) {
    let score = 0
    try {
      score = adapter.sniff(sample)
    } catch {
      continue
    }
    if (extension && adapter.extensions.includes(extension) && score > 0) score += 0.5
    if (score > bestScore) [best, bestScore] = [adapter, score]
  }
  return best
}
