import type { Edition } from '@zfxxgk/core'

/** The two rows of block (一) in table 二, with their labels per edition. */
export function documentRows(edition: Edition): Array<{ key: 'regulations' | 'normativeDocuments'; label: string }> {
  return [
    { key: 'regulations', label: '规章' },
    { key: 'normativeDocuments', label: edition === '2021' ? '行政规范性文件' : '规范性文件' },
  ]
}
