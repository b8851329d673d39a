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

interface ResolvedName {
  prefix: string
  /** The attribute that would declare this prefix: `xmlns:w`, or `xmlns` for no prefix. */
  declaration: string
  name: string
}

/**
 * Resolves qualified names to `w:tc`, `mc:Choice`, `rel:Relationship` … by namespace URI, never
 * by the prefix a writer chose, so Strict and Transitional documents read alike. saxes runs
 * without its own namespace handling (about twice as fast), and scanning every element's
 * attributes for declarations costs as much again, so declarations are found where they matter:
 * all of the root's; an element's declaration of its own prefix (one property look-up); and, for a
 * prefix not bound yet, the nearest ancestor that declares it. Not seen: an element rebinding a
 * prefix already in use to another namespace while it uses a different prefix itself, which no
 * word processor writes. Resolutions are cached per qualified name until a binding changes.
 */
export function createNameResolver() {
  const bindings = new Map<string, string>([['xml', namespaces.xml]])
  let cache = new Map<string, ResolvedName>()
  // Per open element: its attributes (for look-ups by descendants), the binding to undo, its name.
  const ancestors: Array<Record<string, string>> = []
  const undo: Array<[string, string | undefined] | null> = []
  const names: string[] = []

  function resolve(qualified: string): ResolvedName {
    const colon = qualified.indexOf(':')
    const prefix = colon < 0 ? '' : qualified.slice(0, colon)
    const declaration = colon < 0 ? 'xmlns' : `xmlns:${prefix}`
    if (!bindings.has(prefix)) {
      for (let i = ancestors.length - 1; i >= 0; i--) {
        const uri = ancestors[i]![declaration]
        if (uri !== undefined) {
          bindings.set(prefix, uri)
          refreshFastPath()
          break
        }
      }
    }
    const resolved = { prefix, declaration, name: `${shortName(bindings.get(prefix))}:${qualified.slice(colon + 1)}` }
    cache.set(qualified, resolved)
    return resolved
  }

  // Fast path: `w:` elements while `w` is bound to WordprocessingML are already canonical.
  let wordPrefixIsWord = false
  const refreshFastPath = () => {
    const uri = bindings.get('w')
    wordPrefixIsWord = uri === namespaces.wordTransitional || uri === namespaces.wordStrict
  }

  return {
    open(qualified: string, attributes: Record<string, string>): string {
      if (wordPrefixIsWord && qualified.charCodeAt(1) === 58 && qualified.charCodeAt(0) === 119 && attributes['xmlns:w'] === undefined) {
        ancestors.push(attributes)
        undo.push(null)
        names.push(qualified)
        return qualified
      }
      if (ancestors.length === 0) {
        for (const key in attributes) {
          if (key === 'xmlns') bindings.set('', attributes[key]!)
          else if (key.startsWith('xmlns:')) bindings.set(key.slice(6), attributes[key]!)
        }
        cache = new Map()
        refreshFastPath()
      }
      let resolved = cache.get(qualified) ?? resolve(qualified)
      const declared = attributes[resolved.declaration]
      let change: [string, string | undefined] | null = null
      if (declared !== undefined && declared !== bindings.get(resolved.prefix)) {
        change = [resolved.prefix, bindings.get(resolved.prefix)]
        bindings.set(resolved.prefix, declared)
        cache = new Map()
        refreshFastPath()
        resolved = resolve(qualified)
      }
      ancestors.push(attributes)
      undo.push(change)
      names.push(resolved.name)
      return resolved.name
    },
    /** The name of the element being closed: the one its open resolved (XML closes in order). */
    close(): string {
      ancestors.pop()
      const change = undo.pop()
      if (change) {
        if (change[1] === undefined) bindings.delete(change[0])
        else bindings.set(change[0], change[1])
        cache = new Map()
        refreshFastPath()
      }
      return names.pop() ?? '?:'
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
