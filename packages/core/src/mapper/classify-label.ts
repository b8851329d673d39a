import type { LabelContext, LabelMatch } from './label-match.js'
import { matchApplicationsLabel } from './labels-applications.js'
import { matchDisclosureLabel } from './labels-disclosure.js'
import { matchReviewLabel } from './labels-review.js'

/** Recognises a normalised label in context: section 四's headers first when inside 四. */
export function classifyLabel(label: string, context: LabelContext): LabelMatch | null {
  if (label === '' || label.length > 120) return null
  if (context.family === 'review') {
    const review = matchReviewLabel(label, true)
    if (review) return review
  }
  return matchDisclosureLabel(label) ?? matchApplicationsLabel(label, context) ?? matchReviewLabel(label, false)
}
