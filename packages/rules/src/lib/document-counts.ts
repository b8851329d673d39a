import type { Edition } from '@zfxxgk/core'
import { perEdition } from './keys.js'

export interface DocumentRow {
  key: 'regulations' | 'normativeDocuments'
  label: string
}

/** The two rows of block (一) in table 二, with their labels per edition. */
export function documentRows(edition: Edition): DocumentRow[] {
  return [
    { key: 'regulations', label: '规章' },
    { key: 'normativeDocuments', label: edition === '2021' ? '行政规范性文件' : '规范性文件' },
  ]
}

/**
 * Per row of block (一), the keys of two of its columns, built once per edition: the rules that
 * compare two columns read them for every report.
 */
export function documentColumnPairs(first: string, second: string): (edition: Edition) => ReadonlyArray<DocumentRow & { keys: readonly [string, string] }> {
  return perEdition((edition) =>
    documentRows(edition).map((row) => ({ ...row, keys: Object.freeze([`activeDisclosure.${row.key}.${first}`, `activeDisclosure.${row.key}.${second}`] as const) })),
  )
}
