import { AttributeView, type Attributes } from './attributes.js'

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

/** An element as the parser reports it; the same object is reported when it opens and when it closes. */
export interface OpenElement {
  name: string
  attributes: Attributes
}

/**
 * Resolves qualified names to `w:tc`, `mc:Choice`, `rel:Relationship` … by namespace URI, never
 * by the prefix a writer chose, so Strict and Transitional documents read alike. saxes runs
 * without its own namespace handling (about twice as fast); instead, an element's declarations
 * are read only when its caller says it may have some (see `createDeclarationMarks`): the root
 * and the rare element that declares a prefix of its own, such as a drawing. Every other element
 * costs a comparison or two: `w:` names are already canonical while `w` is bound to
 * WordprocessingML, other names are resolved once per binding state.
 */
export function createNameResolver() {
  const bindings = new Map<string, string>([['xml', namespaces.xml]])
  let cache = new Map<string, string>()
  /** Bindings that open elements changed, innermost last, restored as each closes. */
  const scopes: Array<{ element: OpenElement; previous: Array<[prefix: string, uri: string | undefined]> }> = []
  let innermost: OpenElement | undefined
  let wordPrefixIsWord = false

  function bindingsChanged(): void {
    cache = new Map()
    const uri = bindings.get('w')
    wordPrefixIsWord = uri === namespaces.wordTransitional || uri === namespaces.wordStrict
    innermost = scopes[scopes.length - 1]?.element
  }

  function declare(element: OpenElement): void {
    const { attributes } = element
    // Attributes come as a record wherever a start tag may declare (see `readPlainMarkup`).
    if (attributes instanceof AttributeView) return
    let previous: Array<[string, string | undefined]> | undefined
    for (const key in attributes) {
      if (!key.startsWith('xmlns') || (key.length > 5 && key.charCodeAt(5) !== 58)) continue
      const prefix = key.slice(6)
      const uri = attributes[key]!
      const before = bindings.get(prefix)
      if (before === uri) continue
      ;(previous ??= []).push([prefix, before])
      bindings.set(prefix, uri)
    }
    if (!previous) return
    scopes.push({ element, previous })
    bindingsChanged()
  }

  function restore(): void {
    const scope = scopes.pop()!
    for (let i = scope.previous.length - 1; i >= 0; i--) {
      const [prefix, uri] = scope.previous[i]!
      if (uri === undefined) bindings.delete(prefix)
      else bindings.set(prefix, uri)
    }
    bindingsChanged()
  }

  function resolve(qualified: string): string {
    // Fast path: `w:` elements while `w` is bound to WordprocessingML are already canonical.
    if (wordPrefixIsWord && qualified.charCodeAt(1) === 58 && qualified.charCodeAt(0) === 119) return qualified
    let name = cache.get(qualified)
    if (name === undefined) {
      const colon = qualified.indexOf(':')
      const prefix = colon < 0 ? '' : qualified.slice(0, colon)
      name = `${shortName(bindings.get(prefix))}:${qualified.slice(colon + 1)}`
      cache.set(qualified, name)
    }
    return name
  }

  return {
    /** The canonical name of an element being opened; `mayDeclare` when its start tag may hold `xmlns` attributes. */
    open(element: OpenElement, mayDeclare: boolean): string {
      if (mayDeclare) declare(element)
      return resolve(element.name)
    },
    /** The canonical name of the element being closed, under the bindings its start tag made. */
    close(element: OpenElement): string {
      const name = resolve(element.name)
      if (element === innermost) restore()
      return name
    },
    /** Closes an element whose name is not wanted (one skipped by its reader). */
    leave(element: OpenElement): void {
      if (element === innermost) restore()
    },
  }
}

export type NameResolver = ReturnType<typeof createNameResolver>

/**
 * `w:` + local name, built once per local name: a key made afresh for every look-up would be
 * hashed afresh too. Local names are the few constants the readers ask for.
 */
const wordKeys = new Map<string, string>()

/** An attribute by local name, written with the element's own prefix (`w:val`) or none. */
export function attribute(attributes: Attributes, qualifiedElement: string, local: string): string | undefined {
  let key: string | undefined
  if (qualifiedElement.charCodeAt(1) === 58 && qualifiedElement.charCodeAt(0) === 119) {
    key = wordKeys.get(local)
    if (key === undefined) wordKeys.set(local, (key = `w:${local}`))
  } else {
    const colon = qualifiedElement.indexOf(':')
    if (colon > 0) key = `${qualifiedElement.slice(0, colon)}:${local}`
  }
  if (attributes instanceof AttributeView) return (key === undefined ? undefined : attributes.get(key)) ?? attributes.get(local)
  if (key !== undefined) {
    const value = attributes[key]
    if (value !== undefined) return value
  }
  return attributes[local]
}
