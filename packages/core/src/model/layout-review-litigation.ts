/** Section 四: one data row of 15 cells, identical in both editions (spec §2.4). */
export const reviewGroups = [
  { key: 'review', label: '行政复议', parentLabel: null },
  { key: 'litigationDirect', label: '未经复议直接起诉', parentLabel: '行政诉讼' },
  { key: 'litigationAfterReview', label: '复议后起诉', parentLabel: '行政诉讼' },
] as const

export const reviewColumns = [
  { key: 'upheld', label: '结果维持' },
  { key: 'corrected', label: '结果纠正' },
  { key: 'otherResult', label: '其他结果' },
  { key: 'pending', label: '尚未审结' },
  { key: 'total', label: '总计' },
] as const

export type ReviewGroupKey = (typeof reviewGroups)[number]['key']
export type ReviewColumnKey = (typeof reviewColumns)[number]['key']

/** The 15 keys in positional order, e.g. `reviewLitigation.review.upheld`. */
export const reviewLitigationKeys: readonly string[] = reviewGroups.flatMap((group) =>
  reviewColumns.map((column) => `reviewLitigation.${group.key}.${column.key}`),
)
