import { isWhitespace } from '@zfxxgk/core'

// Whitespace as `trim` and `\s` see it (core's `isWhitespace`), one code unit at a time: the text
// readers test and trim cells without regexes or copies.

/** `text.trim() === ''`, without making the trimmed copy. */
export function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isWhitespace(text.charCodeAt(i))) return false
  return true
}

/** Index of the first character before `end` that is not whitespace (`end` when there is none). */
export function leadingSpace(text: string, end = text.length): number {
  let i = 0
  while (i < end && isWhitespace(text.charCodeAt(i))) i++
  return i
}

/** Index just past the last character in `from`…`end` that is not whitespace (`from` when none). */
export function trailingSpaceStart(text: string, from = 0, end = text.length): number {
  while (end > from && isWhitespace(text.charCodeAt(end - 1))) end--
  return end
}
