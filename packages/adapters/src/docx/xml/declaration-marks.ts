const marker = 'xmlns'

/**
 * Where `xmlns` occurs in the text written to the parser, so that only the start tags holding
 * one are searched for namespace declarations. Offsets count over all chunks written, as saxes's
 * `position` does; an occurrence split between two chunks is found by searching again across
 * the seam. An occurrence in text content merely makes the next element searched for nothing.
 */
export function createDeclarationMarks() {
  const offsets: number[] = []
  let next = 0
  let written = 0
  let tail = ''

  return {
    /** Records the occurrences in a chunk about to be written to the parser. */
    scan(chunk: string): void {
      const text = tail + chunk
      const base = written - tail.length
      for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
        // One that started in the previous chunk's tail was already recorded.
        if (at + marker.length > tail.length) offsets.push(base + at)
      }
      written += chunk.length
      tail = text.slice(-(marker.length - 1))
    },
    /** Where the first occurrence that no start tag has taken yet lies, or Infinity. */
    next(): number {
      return next < offsets.length ? offsets[next]! : Infinity
    },
    /** Hands the occurrences before `position` (the end of the start tag just read) to that tag. */
    takeUpTo(position: number): void {
      while (next < offsets.length && offsets[next]! < position) next++
    },
  }
}
