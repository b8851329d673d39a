import type { Edition } from './edition.js'
import { applicantColumns, applicationRowsOf } from './layout-applications.js'
import { disclosureRowsOf } from './layout-active-disclosure.js'
import { reviewLitigationKeys } from './layout-review-litigation.js'

/**
 * Every numeric cell key of an edition, as dot paths in template order
 * (e.g. `applications.results.withheld.stateSecret.naturalPerson`).
 * 2021's derived `results.otherHandling.total` row is included after its three items.
 */
export function cellKeys(edition: Edition): readonly string[] {
  return (keysByEdition[edition] ??= Object.freeze(buildCellKeys(edition)))
}

const keysByEdition: Partial<Record<Edition, readonly string[]>> = {}

function buildCellKeys(edition: Edition): string[] {
  const keys: string[] = []
  for (const row of disclosureRowsOf(edition)) {
    for (const column of row.columns) keys.push(`activeDisclosure.${row.key}.${column.key}`)
  }
  for (const row of applicationRowsOf(edition)) {
    for (const column of applicantColumns) keys.push(`applications.${row.key}.${column.key}`)
    if (edition === '2021' && row.key === 'results.otherHandling.other') {
      for (const column of applicantColumns) keys.push(`applications.results.otherHandling.total.${column.key}`)
    }
  }
  keys.push(...reviewLitigationKeys)
  return keys
}

/** Reads a dot path from a plain object; `undefined` where the path does not exist. */
export function getPath(object: unknown, path: string): unknown {
  let current: unknown = object
  for (const part of splitPath(path)) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<string, unknown>)[part]
  }
  return current
}

/** Writes a dot path, creating plain objects on the way. */
export function setPath(object: Record<string, unknown>, path: string, value: unknown): void {
  const parts = splitPath(path)
  const last = parts.length - 1
  objectAt(object, parts, last)[parts[last]!] = value
}

/**
 * The object at the first `length` parts of a path, creating plain objects on the way. The
 * mapper resolves a row's object once and writes its cells into it.
 */
export function objectAt(object: Record<string, unknown>, parts: readonly string[], length = parts.length): Record<string, unknown> {
  let current = object
  for (let i = 0; i < length; i++) {
    const part = parts[i]!
    const next = current[part]
    if (next === null || typeof next !== 'object') current[part] = {}
    current = current[part] as Record<string, unknown>
  }
  return current
}

// The model's keys are few and used over and over: split each once.
const splitCache = new Map<string, readonly string[]>()

function splitPath(path: string): readonly string[] {
  let parts = splitCache.get(path)
  if (!parts) {
    if (splitCache.size > 10_000) splitCache.clear()
    parts = path.split('.')
    splitCache.set(path, parts)
  }
  return parts
}
