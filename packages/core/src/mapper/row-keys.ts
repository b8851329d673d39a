import type { LabelContext } from './label-match.js'

/** Where a section 三 row key stands: its group (results.withheld.stateSecret → withheld), and whether it is a result. */
export function placementOf(key: string): { group: LabelContext['group']; result: boolean } {
  let placement = placements.get(key)
  if (!placement) {
    const parts = key.split('.')
    placement = { group: parts.length === 3 ? (parts[1] as LabelContext['group']) : null, result: parts[0] === 'results' }
    placements.set(key, placement)
  }
  return placement
}

// Row keys come from the template: a few dozen strings, each split and prefixed once.
const placements = new Map<string, { group: LabelContext['group']; result: boolean }>()
const fullKeys = { activeDisclosure: new Map<string, string>(), applications: new Map<string, string>() }

export function fullKeyOf(section: 'activeDisclosure' | 'applications', rowKey: string): string {
  let key = fullKeys[section].get(rowKey)
  if (!key) {
    key = `${section}.${rowKey}`
    fullKeys[section].set(rowKey, key)
  }
  return key
}
