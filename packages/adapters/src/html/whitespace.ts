const cjk = '\\u2e80-\\u303f\\u3040-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef'
/** A source line break between two CJK characters is no space (CSS Text §4.1.2). */
const cjkBreak = new RegExp(`([${cjk}])[ \\t\\r\\f]*\\n[ \\t\\r\\n\\f]*(?=[${cjk}])`, 'g')
const invisible = /[\u200b-\u200d\u2060\ufeff\u00ad]/g

/**
 * One line of rendered text from raw source text: HTML whitespace collapses to one space,
 * `&nbsp;` and full-width padding at the ends are trimmed (an `&nbsp;`-only cell is blank).
 */
const special = /[\s\u00a0\u00ad\u200b-\u200d\u2060\ufeff\u3000]/

export function collapseWhitespace(raw: string): string {
  // Most cells are a bare number or label: nothing to collapse.
  if (!special.test(raw)) return raw
  return raw
    .replace(invisible, '')
    .replace(cjkBreak, '$1')
    .replace(/[ \t\n\r\f\u00a0]+/g, ' ')
    .replace(/^[ \u3000]+|[ \u3000]+$/g, '')
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
