import { exportKeys } from '../analyze/report-cells.js'

/** The metadata columns, first in every export row. */
export const metaColumns = ['file', 'format', 'agencyName', 'reportYear', 'edition', 'publicationDate'] as const
/** The finding counts, last in every export row. */
export const countColumns = ['errors', 'warnings', 'infos', 'fatal'] as const

/**
 * `a` in order, with the keys only `b` has inserted right after the key that precedes them in `b`,
 * so each edition's keys keep their template order and related keys stay together.
 */
export function unionInOrder(a: readonly string[], b: readonly string[]): string[] {
  const out = [...a]
  const present = new Set(a)
  let after = -1
  for (const key of b) {
    if (present.has(key)) {
      after = out.indexOf(key)
      continue
    }
    out.splice(after + 1, 0, key)
    present.add(key)
    after++
  }
  return out
}

/** Every cell column of both editions: 2021's template order with 2019's own keys merged in. */
export function cellColumns(): string[] {
  return unionInOrder(exportKeys('2021'), exportKeys('2019'))
}

/** The full, fixed header of `export`: the same for every run, so files from several runs concatenate. */
export function exportColumns(): string[] {
  return [...metaColumns, ...cellColumns(), ...countColumns]
}
