import { reviewGroupTotalRule } from '../../lib/review-group.js'

/** T4-1: 行政复议 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
export const reviewTotal = reviewGroupTotalRule('review', 'review-total', 'T4-1', { zh: '行政复议', en: 'administrative review' })
