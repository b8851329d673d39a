import { cellKeys, getPath, type Report } from '@zfxxgk/core'
import { expect } from 'vitest'

/** Asserts every cell of the edition, one by one, so a failure names the key that differs. */
export function expectEveryCell(actual: Report, expected: Record<string, unknown>): void {
  expect(actual.edition).toBe(expected['edition'])
  const mismatches = cellKeys(actual.edition)
    .filter((key) => getPath(actual, key) !== getPath(expected, key))
    .map((key) => `${key}: expected ${String(getPath(expected, key))}, got ${String(getPath(actual, key))}`)
  expect(mismatches).toEqual([])
}
