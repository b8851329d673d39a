import { entities } from './attributes.js'

// The first half of `readPlainMarkup`: the check of a whole part, which notes where things are.

/**
 * What the check found, as offsets into the text. Tokens are six numbers each: an open element
 * (kind and flags with its attribute count above them, name start, name end, name hash, the token
 * index after its subtree, its first attribute), a close, or a text run (start, end). Attributes
 * are five numbers each: name start, name end, name hash, value start, value end.
 */
export interface Scanned {
  tokens: Int32Array<ArrayBuffer>
  tokenCount: number
  attributes: Int32Array<ArrayBuffer>
}

export const tokenSize = 6
export const attributeSize = 5
const openToken = 1
export const closeToken = 2
export const textToken = 3
export const kindMask = 3
/** An open token for a self-closing element (`<w:start w:val="1"/>`): no close token follows. */
export const selfClosing = 4
/** An open token with an `xmlns…` attribute. */
export const declares = 8
/** A text run or attribute values with entities to replace. */
export const hasEntities = 16
/** A text run with carriage returns, which saxes turns into line feeds (`\r\n` into one). */
export const hasReturns = 32
export const countShift = 8
/** The most attributes one tag may have here; Word's busiest tags have about fifteen. */
const maxAttributes = 64
/** Name hashes are kept to 20 bits: `hash * 31 + c` then stays an exact small integer. */
const hashMask = 0xfffff

const lessThan = 60
const greaterThan = 62
const slash = 47
const equals = 61
const question = 63
const doubleQuote = 34
const singleQuote = 39
const ampersand = 38

/**
 * The declaration as saxes accepts it, kept to version 1.0 (1.1 changes the rules for
 * characters) and at the very start (no byte order mark or whitespace before it).
 */
const declaration =
  /<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(["'])1\.0\1(?:[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(["'])[A-Za-z][A-Za-z0-9._-]*\2)?(?:[ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(["'])(?:yes|no)\3)?[ \t\r\n]*\?>/y

/**
 * Checks the whole text and returns where its elements, attributes and text runs lie, or
 * undefined for text outside the plain subset.
 */
export function scan(text: string): Scanned | undefined {
  const length = text.length
  if (text.charCodeAt(0) !== lessThan || text.includes(']]>')) return undefined
  let at = 0
  if (text.charCodeAt(1) === question) {
    declaration.lastIndex = 0
    if (!declaration.test(text)) return undefined
    at = declaration.lastIndex
  }
  // Typed arrays filled by index, doubled when full: a Word part takes 0.3–0.5 token numbers and
  // 0.1–0.2 attribute numbers per character.
  let tokens = new Int32Array(Math.max(64, length >> 1))
  let attributes = new Int32Array(Math.max(64, length >> 2))
  let tokenCount = 0
  let attributeCount = 0
  /** Token index of each element open around the current position, innermost last. */
  const open: number[] = []
  let sawRoot = false
  while (at < length) {
    if (tokenCount + tokenSize > tokens.length) tokens = doubled(tokens)
    // Markup rarely has text or whitespace between tags: look before searching.
    const next = text.charCodeAt(at) === lessThan ? at : text.indexOf('<', at)
    const end = next < 0 ? length : next
    if (end > at) {
      const found = checkCharacters(text, at, end, false)
      // Outside the root only whitespace may stand (saxes reports it as text all the same).
      if (found < 0 || (open.length === 0 && ((found & hasEntities) !== 0 || !isWhitespace(text, at, end)))) return undefined
      tokens[tokenCount] = textToken | found
      tokens[tokenCount + 1] = at
      tokens[tokenCount + 2] = end
      tokenCount += tokenSize
      if (next < 0) break
      if (tokenCount + tokenSize > tokens.length) tokens = doubled(tokens)
    }
    at = next
    let c = text.charCodeAt(at + 1)
    if (c === slash) {
      const index = open.pop()
      if (index === undefined) return undefined
      const nameStart = tokens[index + 1]!
      const nameLength = tokens[index + 2]! - nameStart
      let p = at + 2
      for (let i = 0; i < nameLength; i++) if (text.charCodeAt(p + i) !== text.charCodeAt(nameStart + i)) return undefined
      p += nameLength
      c = text.charCodeAt(p)
      while (isSpace(c)) c = text.charCodeAt(++p)
      if (c !== greaterThan) return undefined
      tokens[tokenCount] = closeToken
      tokenCount += tokenSize
      tokens[index + 4] = tokenCount
      at = p + 1
      continue
    }
    // `<!…` (comment, CDATA, DOCTYPE), `<?…`, a name saxes reads otherwise, or a second root.
    if (!isNameStart(c) || (sawRoot && open.length === 0)) return undefined
    sawRoot = true
    const nameStart = at + 1
    let p = nameStart
    let hash = 0
    do hash = (hash * 31 + c) & hashMask
    while (isNameChar((c = text.charCodeAt(++p))))
    const nameEnd = p
    const nameHash = hash
    const firstAttribute = attributeCount
    let flags = 0
    for (;;) {
      const spaced = isSpace(c)
      while (isSpace(c)) c = text.charCodeAt(++p)
      if (c === greaterThan || c === slash) break
      if (!spaced || !isNameStart(c)) return undefined
      // Repeats are checked against the tag's earlier attributes one by one: a tag with more than
      // Word ever writes is left to saxes, so that a hostile one costs no quadratic time.
      if (attributeCount - firstAttribute >= maxAttributes * attributeSize) return undefined
      const attributeStart = p
      hash = 0
      do hash = (hash * 31 + c) & hashMask
      while (isNameChar((c = text.charCodeAt(++p))))
      for (let i = firstAttribute; i < attributeCount; i += attributeSize) {
        if (attributes[i + 2] === hash && sameName(text, attributes[i]!, attributes[i + 1]!, attributeStart, p)) return undefined
      }
      if (text.startsWith('xmlns', attributeStart)) flags |= declares
      const attributeEnd = p
      while (isSpace(c)) c = text.charCodeAt(++p)
      if (c !== equals) return undefined
      c = text.charCodeAt(++p)
      while (isSpace(c)) c = text.charCodeAt(++p)
      if (c !== doubleQuote && c !== singleQuote) return undefined
      const quote = c
      const valueStart = p + 1
      // Values are mostly a few characters: one loop finds the quote and checks them.
      do c = text.charCodeAt(++p)
      while (c !== quote && c >= 0x20 && c !== lessThan && c !== ampersand && (c < 0xd800 || (c > 0xdfff && c < 0xfffe)))
      if (c !== quote) {
        if (c !== ampersand && (c < 0xd800 || c > 0xdbff)) return undefined
        // A value with entities or characters beyond the Basic Multilingual Plane is checked
        // again as a whole, entity by entity and pair by pair.
        p = text.indexOf(quote === doubleQuote ? '"' : "'", p)
        const found = p < 0 ? -1 : checkCharacters(text, valueStart, p, true)
        if (found < 0) return undefined
        flags |= found
      }
      if (attributeCount + attributeSize > attributes.length) attributes = doubled(attributes)
      attributes[attributeCount] = attributeStart
      attributes[attributeCount + 1] = attributeEnd
      attributes[attributeCount + 2] = hash
      attributes[attributeCount + 3] = valueStart
      attributes[attributeCount + 4] = p
      attributeCount += attributeSize
      c = text.charCodeAt(++p)
    }
    flags |= ((attributeCount - firstAttribute) / attributeSize) << countShift
    tokens[tokenCount + 1] = nameStart
    tokens[tokenCount + 2] = nameEnd
    tokens[tokenCount + 3] = nameHash
    tokens[tokenCount + 5] = firstAttribute
    if (c === slash) {
      if (text.charCodeAt(p + 1) !== greaterThan) return undefined
      tokens[tokenCount] = openToken | selfClosing | flags
      tokens[tokenCount + 4] = tokenCount + tokenSize
      at = p + 2
    } else {
      open.push(tokenCount)
      tokens[tokenCount] = openToken | flags
      at = p + 1
    }
    tokenCount += tokenSize
  }
  return sawRoot && open.length === 0 ? { tokens, tokenCount, attributes } : undefined
}

function doubled(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(array.length * 2)
  larger.set(array)
  return larger
}

/**
 * Checks character data or an attribute value: -1 for anything outside the subset (a character
 * XML forbids, a lone surrogate, an entity other than the five predefined ones, and in a value
 * `<` or a line break or tab, which saxes would turn into a space), else the flags `hasEntities`
 * and `hasReturns` for what it holds.
 */
function checkCharacters(text: string, start: number, end: number, value: boolean): number {
  let found = 0
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0x20) {
      if (c < 0xd800) {
        if (c === ampersand) {
          const semi = text.indexOf(';', i)
          if (semi < 0 || semi >= end || entities[text.slice(i + 1, semi)] === undefined) return -1
          found |= hasEntities
          i = semi
        } else if (c === lessThan && value) {
          return -1
        }
      } else if (c <= 0xdbff) {
        // A character beyond the Basic Multilingual Plane, as a surrogate pair; saxes reads a
        // lone surrogate its own way, so that is left to it.
        const low = text.charCodeAt(i + 1)
        if (i + 1 >= end || low < 0xdc00 || low > 0xdfff) return -1
        i++
      } else if (c <= 0xdfff || c >= 0xfffe) {
        return -1
      }
    } else if (value) {
      return -1
    } else if (c === 13) {
      found |= hasReturns
    } else if (c !== 10 && c !== 9) {
      return -1
    }
  }
  return found
}

function sameName(text: string, aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  if (aEnd - aStart !== bEnd - bStart) return false
  for (let i = 0; i < aEnd - aStart; i++) if (text.charCodeAt(aStart + i) !== text.charCodeAt(bStart + i)) return false
  return true
}

function isWhitespace(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpace(text.charCodeAt(i))) return false
  return true
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9
}

/** ASCII name characters only: a name with any other is left to saxes. */
function isNameStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95
}

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 58) || c === 95 || c === 45 || c === 46
}
