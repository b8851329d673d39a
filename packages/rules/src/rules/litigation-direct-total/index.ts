import { reviewGroupTotalRule } from '../../lib/review-group.js'

/** T4-2: 行政诉讼·未经复议直接起诉 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
export const litigationDirectTotal = reviewGroupTotalRule('litigationDirect', 'litigation-direct-total', 'T4-2', {
  zh: '行政诉讼（未经复议直接起诉）',
  en: 'litigation without prior review',
})
