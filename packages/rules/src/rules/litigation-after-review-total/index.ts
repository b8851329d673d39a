import { reviewGroupTotalRule } from '../../lib/review-group.js'

/** T4-3: 行政诉讼·复议后起诉 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
export const litigationAfterReviewTotal = reviewGroupTotalRule('litigationAfterReview', 'litigation-after-review-total', 'T4-3', {
  zh: '行政诉讼（复议后起诉）',
  en: 'litigation after review',
})
