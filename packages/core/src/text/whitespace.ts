/**
 * Whether a UTF-16 code unit is whitespace as `String.prototype.trim` and the regex `\s` see it
 * (tab, line breaks, VT, FF, U+FEFF and the Unicode space separators). Checking one code unit at
 * a time lets readers test and trim text without a regular expression per character or a copy.
 */
export function isWhitespace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  return code === 0x3000 || code === 0xa0 || code === 0xfeff || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x1680
}
