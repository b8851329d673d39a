/**
 * Remembers a function of a text for the short texts that come back in every report (labels,
 * headings, small counts): up to `limit` of them, forgotten all at once when full. Longer texts are
 * computed each time and never kept.
 */
export function memoizeText<T>(compute: (text: string) => T, { limit = 20_000, maxLength = 80 }: { limit?: number; maxLength?: number } = {}): (text: string) => T {
  const cache = new Map<string, T>()
  return (text) => {
    if (text.length > maxLength) return compute(text)
    let value = cache.get(text)
    if (value === undefined) {
      if (cache.size >= limit) cache.clear()
      value = compute(text)
      cache.set(text, value)
    }
    return value
  }
}
