import type { Rule } from '@zfxxgk/core'
import { applicantTotal } from './rules/applicant-total/index.js'
import { applicationsBalance } from './rules/applications-balance/index.js'
import { applicationsNarrativeCounts } from './rules/applications-narrative-counts/index.js'
import { applicationsNonNegative } from './rules/applications-non-negative/index.js'
import { applicationsResultsTotal } from './rules/applications-results-total/index.js'
import { applicationsShape } from './rules/applications-shape/index.js'
import { carriedOverContinuity } from './rules/carried-over-continuity/index.js'
import { disclosureNarrativeCounts } from './rules/disclosure-narrative-counts/index.js'
import { disclosureShape } from './rules/disclosure-shape/index.js'
import { disclosureValuesValid } from './rules/disclosure-values-valid/index.js'
import { editionMatchesYear } from './rules/edition-matches-year/index.js'
import { feeAmountUnit } from './rules/fee-amount-unit/index.js'
import { inForceContinuity } from './rules/in-force-continuity/index.js'
import { inForceCoversIssued } from './rules/in-force-covers-issued/index.js'
import { itemsContinuity } from './rules/items-continuity/index.js'
import { litigationAfterReviewTotal } from './rules/litigation-after-review-total/index.js'
import { litigationDirectTotal } from './rules/litigation-direct-total/index.js'
import { noCopiedText } from './rules/no-copied-text/index.js'
import { noPlaceholders } from './rules/no-placeholders/index.js'
import { overviewTopics } from './rules/overview-topics/index.js'
import { processingFeeReported } from './rules/processing-fee-reported/index.js'
import { publishedTotalCoversNew } from './rules/published-total-covers-new/index.js'
import { publishedWithinMade } from './rules/published-within-made/index.js'
import { regulationsRulemakingPower } from './rules/regulations-rulemaking-power/index.js'
import { reviewLitigationNonNegative } from './rules/review-litigation-non-negative/index.js'
import { reviewNarrativeCounts } from './rules/review-narrative-counts/index.js'
import { reviewTotal } from './rules/review-total/index.js'
import { sectionsPresent } from './rules/sections-present/index.js'
import { supersededNotice } from './rules/superseded-notice/index.js'
import { tablesPresent } from './rules/tables-present/index.js'
import { titleForm } from './rules/title-form/index.js'
import { unpaidFeeNotices } from './rules/unpaid-fee-notices/index.js'
import { yearsAgree } from './rules/years-agree/index.js'

/** Every rule, in the order of the specification: section 三, 四, 二, the document, then across years. */
export const allRules: readonly Rule[] = [
  applicationsBalance, applicationsResultsTotal, applicantTotal, applicationsNonNegative, applicationsShape,
  unpaidFeeNotices, applicationsNarrativeCounts,
  reviewTotal, litigationDirectTotal, litigationAfterReviewTotal, reviewLitigationNonNegative, reviewNarrativeCounts,
  disclosureValuesValid, disclosureShape, feeAmountUnit, inForceCoversIssued, publishedTotalCoversNew, publishedWithinMade,
  regulationsRulemakingPower, disclosureNarrativeCounts,
  sectionsPresent, tablesPresent, editionMatchesYear, processingFeeReported, titleForm, yearsAgree, noPlaceholders,
  overviewTopics, supersededNotice,
  carriedOverContinuity, inForceContinuity, itemsContinuity, noCopiedText,
]
