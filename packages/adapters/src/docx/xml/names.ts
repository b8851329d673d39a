/** Namespace URIs the reader understands; Transitional and Strict WordprocessingML are one. */
export const namespaces = {
  wordTransitional: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  wordStrict: 'http://purl.oclc.org/ooxml/wordprocessingml/main',
  markupCompatibility: 'http://schemas.openxmlformats.org/markup-compatibility/2006',
  packageRelationships: 'http://schemas.openxmlformats.org/package/2006/relationships',
  dublinCore: 'http://purl.org/dc/elements/1.1/',
  xml: 'http://www.w3.org/XML/1998/namespace',
} as const

function shortName(uri: string | undefined): string {
  switch (uri) {
    case namespaces.wordTransitional:
    case namespaces.wordStrict:
      return 'w'
    case namespaces.markupCompatibility:
      return 'mc'
    case namespaces.packageRelationships:
      return 'rel'
    case namespaces.dublinCore:
      return 'dc'
    default:
      return '?'
  }
}

/**
 * Resolves qualified names to `w:tc`, `mc:Choice`, `rel:Relationship` … by namespace URI, never
 * by the prefix a writer chose, so Strict and Transitional documents read alike. saxes runs
 * without its own namespace handling (about twice as fast); declarations are tracked here,
 * and cached per scope since Word declares them all on the root.
 */
export function createNameResolver() {
  let scope: Record<string, string> = { xml: namespaces.xml }
  const restore: Array<Record<string, string> | null> = []
  let cache = new Map<string, string>()

  function resolve(qualified: string): string {
    let name = cache.get(qualified)
    if (name === undefined) {
      const colon = qualified.indexOf(':')
      const prefix = colon < 0 ? '' : qualified.slice(0, colon)
      name = `${shortName(scope[prefix])}:${qualified.slice(colon + 1)}`
      cache.set(qualified, name)
    }
    return name
  }

  return {
    open(qualified: string, attributes: Record<string, string>): string {
      let previous: Record<string, string> | null = null
      for (const key in attributes) {
        if (key.charCodeAt(0) !== 120 || !(key === 'xmlns' || key.startsWith('xmlns:'))) continue
        if (!previous) {
          previous = scope
          scope = { ...scope }
        }
        scope[key === 'xmlns' ? '' : key.slice(6)] = attributes[key]!
      }
      restore.push(previous)
      if (previous) cache = new Map()
      return resolve(qualified)
    },
    close(qualified: string): string {
      const name = resolve(qualified)
      const previous = restore.pop()
      if (previous) {
        scope = previous
        cache = new Map()
      }
      return name
    },
  }
}

/** An attribute by local name, written with the element's own prefix (`w:val`) or none. */
export function attribute(attributes: Record<string, string>, qualifiedElement: string, local: string): string | undefined {
  const colon = qualifiedElement.indexOf(':')
  if (colon > 0) {
    const value = attributes[`${qualifiedElement.slice(0, colon)}:${local}`]
    if (value !== undefined) return value
  }
  return attributes[local]
}
