import { memoizeText } from '../text/memoize.js'
import type { LabelContext } from './label-match.js'

// Row keys come from the template: a few dozen strings, each split and prefixed once.

/** Where a section 三 row key stands: its group (results.withheld.stateSecret → withheld), and whether it is a result. */
export const placementOf: (key: string) => { group: LabelContext['group']; result: boolean } = memoizeText((key) => {
  const parts = key.split('.')
  return { group: parts.length === 3 ? (parts[1] as LabelContext['group']) : null, result: parts[0] === 'results' }
})

/** `activeDisclosure.` or `applications.` and the row key: the row's key in the findings. */
export function fullKeyOf(section: 'activeDisclosure' | 'applications', rowKey: string): string {
  return fullKeys[section](rowKey)
}

const fullKeys = {
  activeDisclosure: memoizeText((rowKey) => `activeDisclosure.${rowKey}`),
  applications: memoizeText((rowKey) => `applications.${rowKey}`),
}
