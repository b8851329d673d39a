/**
 * A small glob matcher for quoted patterns (`"reports/**\/*.html"`), since `fs.glob` needs Node 22.
 * Supports `*`, `**`, `?`, `[abc]`, `{a,b}`; paths use `/` separators.
 */

const magic = /[*?[{]/

export function isGlob(pattern: string): boolean {
  return magic.test(pattern)
}

/** The directory part before the first segment with a wildcard: where walking starts. */
export function globBase(pattern: string): string {
  const segments = pattern.split('/')
  const base: string[] = []
  for (const segment of segments.slice(0, -1)) {
    if (isGlob(segment)) break
    base.push(segment)
  }
  if (base.length === 0) return '.'
  const joined = base.join('/')
  return joined === '' ? '/' : joined
}

export function globToRegExp(pattern: string): RegExp {
  let source = ''
  let braces = 0
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!
    if (char === '*') {
      if (pattern[i + 1] === '*') {
        // `**/` matches zero or more whole directories; a trailing `**` matches anything.
        const slash = pattern[i + 2] === '/'
        source += slash ? '(?:[^/]*(?:/|$))*' : '.*'
        i += slash ? 2 : 1
      } else {
        source += '[^/]*'
      }
    } else if (char === '?') {
      source += '[^/]'
    } else if (char === '[') {
      const close = pattern.indexOf(']', i + 1)
      if (close < 0) {
        source += '\\['
      } else {
        const body = pattern.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\')
        source += `[${body}]`
        i = close
      }
    } else if (char === '{') {
      braces++
      source += '(?:'
    } else if (char === '}' && braces > 0) {
      braces--
      source += ')'
    } else if (char === ',' && braces > 0) {
      source += '|'
    } else {
      source += char.replace(/[.+^$()|\\/]/g, '\\$&')
    }
  }
  return new RegExp(`^${source}$`)
}
