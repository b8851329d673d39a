import { headerMatch, type LabelMatch } from './label-match.js'

const review = ['行政复议', '行政诉讼', '未经复议直接起诉', '复议后起诉']
const columns = ['结果维持', '结果纠正', '其他结果', '尚未审结']

/**
 * Section 四's header texts (spec §2.4). The table has no row labels: its one data row is found
 * by context, after these headers. Truncated headers (结果 / 其他 / 尚未, seed 002) count too.
 */
export function matchReviewLabel(label: string, inReview: boolean): LabelMatch | null {
  if (review.some((r) => label.includes(r))) return headerMatch('review')
  if (columns.includes(label)) return headerMatch('review', label)
  if (inReview && ['结果', '其他', '尚未', '总计', '审结', '维持', '纠正'].includes(label)) return headerMatch('review')
  return null
}
