import { applicationRowsOf, cellKeys, type Edition } from '@zfxxgk/core'

/** Key lists are the same for every report of an edition: build them once. */
function perEdition<T>(build: (edition: Edition) => T): (edition: Edition) => T {
  const cache = new Map<Edition, T>()
  return (edition) => {
    let value = cache.get(edition)
    if (value === undefined) cache.set(edition, (value = build(edition)))
    return value
  }
}

/** Every cell key of an edition under a section (`applications`, `activeDisclosure`, `reviewLitigation`). */
export const sectionKeys = perEdition((edition) => {
  const bySection = new Map<string, string[]>()
  for (const key of cellKeys(edition)) {
    const section = key.slice(0, key.indexOf('.'))
    bySection.set(section, [...(bySection.get(section) ?? []), key])
  }
  return bySection
})

export const applicationRowLayouts = perEdition((edition) => applicationRowsOf(edition))

export { perEdition }
