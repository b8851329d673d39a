import type { CellFacts } from './cell-facts.js'
import type { ApplicationsGroup, Family, LabelContext, LabelMatch } from './label-match.js'
import { matchApplicationsLabel } from './labels-applications.js'
import { matchDisclosureLabel } from './labels-disclosure.js'
import { matchReviewLabel } from './labels-review.js'

/** Recognises a cell's normalised label in context: section 四's headers first when inside 四. */
export function classifyLabel(facts: CellFacts, context: LabelContext): LabelMatch | null {
  const { label } = facts
  if (label === '' || label.length > 120) return null
  // Every report repeats the template's labels, whose facts are shared: each is matched once per
  // context it is read in.
  const slot = contextSlot(context)
  let match = facts.matches[slot]
  if (match === undefined) {
    match = classifyUncached(label, context)
    facts.matches[slot] = match
  }
  return match
}
/** A small number for each distinct context, so the cache needs no composite string keys. */
function contextSlot(context: LabelContext): number {
  return (familyIndex(context.family) * 6 + groupIndex(context.group)) * 2 + (context.seenResults ? 1 : 0)
}

// Switches on the few names: cheaper than searching a list for each label read.
function familyIndex(family: Family | null): number {
  switch (family) {
    case 'disclosure': return 1
    case 'applications': return 2
    case 'review': return 3
    default: return 0
  }
}

function groupIndex(group: ApplicationsGroup | null): number {
  switch (group) {
    case 'results': return 1
    case 'withheld': return 2
    case 'unableToProvide': return 3
    case 'notProcessed': return 4
    case 'otherHandling': return 5
    default: return 0
  }
}

function classifyUncached(label: string, context: LabelContext): LabelMatch | null {
  if (context.family === 'review') {
    const review = matchReviewLabel(label, true)
    if (review) return review
  }
  return matchDisclosureLabel(label) ?? matchApplicationsLabel(label, context) ?? matchReviewLabel(label, false)
}
