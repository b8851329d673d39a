/**
 * Whitespace as `String.prototype.trim` and the regex `\s` see it (ECMAScript WhiteSpace and
 * LineTerminator: tab, line breaks, VT, FF, U+FEFF and the Unicode space separators). Checking
 * one code unit at a time lets the text readers test and trim cells without regexes or copies.
 */
export function isSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  return code === 0x3000 || code === 0xa0 || code === 0xfeff || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x1680
}

/** `text.trim() === ''`, without making the trimmed copy. */
export function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) return false
  return true
}

/** Index of the first character before `end` that is not whitespace (`end` when there is none). */
export function leadingSpace(text: string, end = text.length): number {
  let i = 0
  while (i < end && isSpace(text.charCodeAt(i))) i++
  return i
}

/** Index just past the last character in `from`…`end` that is not whitespace (`from` when none). */
export function trailingSpaceStart(text: string, from = 0, end = text.length): number {
  while (end > from && isSpace(text.charCodeAt(end - 1))) end--
  return end
}
