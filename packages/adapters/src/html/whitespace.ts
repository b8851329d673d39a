/**
 * One line of rendered text from raw source text: HTML whitespace collapses to one space, a
 * source line break between two CJK characters is no space (CSS Text §4.1.2), invisible
 * characters go, and `&nbsp;` and full-width padding at the ends are trimmed (an `&nbsp;`-only
 * cell is blank).
 */
export function collapseWhitespace(raw: string): string {
  // Most cells are a bare number or label: nothing to collapse.
  if (!special.test(raw)) return raw
  // One pass rather than four regular expressions: Word's HTML pads every cell with line breaks.
  // Text between spaces is copied a run at a time, not character by character.
  let out = ''
  let runStart = 0
  let i = 0
  while (i < raw.length) {
    const code = raw.charCodeAt(i)
    if (isInvisible(code)) {
      out += raw.slice(runStart, i)
      runStart = ++i
    } else if (isCollapsible(code)) {
      out += raw.slice(runStart, i)
      // A run of collapsible space, invisible characters inside it ignored.
      let breaks = false
      let nbsp = false
      let j = i
      for (; j < raw.length; j++) {
        const c = raw.charCodeAt(j)
        if (c === 0x0a) breaks = true
        else if (c === 0xa0) nbsp = true
        else if (!isCollapsible(c) && !isInvisible(c)) break
      }
      const joinsCjk = breaks && !nbsp && out.length > 0 && isCjk(out.charCodeAt(out.length - 1)) && j < raw.length && isCjk(raw.charCodeAt(j))
      if (!joinsCjk) out += ' '
      runStart = i = j
    } else {
      i++
    }
  }
  out += raw.slice(runStart)
  return trimPadding(out)
}

const special = /[\s\u00a0\u00ad\u200b-\u200d\u2060\ufeff\u3000]/

/** Space that HTML collapses: space, tab, line feed, carriage return, form feed, and `&nbsp;`. */
function isCollapsible(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0c || code === 0xa0
}

/** Zero-width characters and the soft hyphen: never rendered. */
function isInvisible(code: number): boolean {
  return (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff || code === 0xad
}

function isCjk(code: number): boolean {
  return (code >= 0x2e80 && code <= 0x303f) || (code >= 0x3040 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xffef)
}

/** Spaces and full-width spaces off both ends. */
function trimPadding(text: string): string {
  let start = 0
  let end = text.length
  while (start < end && isPadding(text.charCodeAt(start))) start++
  while (end > start && isPadding(text.charCodeAt(end - 1))) end--
  return start === 0 && end === text.length ? text : text.slice(start, end)
}

function isPadding(code: number): boolean {
  return code === 0x20 || code === 0x3000
}

/** Lines joined by `\n` (from `<br>` and block boundaries), each collapsed, blank lines dropped. */
export function collapseLines(raw: string): string {
  if (!raw.includes(lineBreak)) return collapseWhitespace(raw)
  const lines: string[] = []
  for (const line of raw.split('\u2028')) {
    const collapsed = collapseWhitespace(line)
    if (collapsed !== '') lines.push(collapsed)
  }
  return lines.join('\n')
}

/** The separator used while collecting text; never found in source text that matters. */
export const lineBreak = '\u2028'
