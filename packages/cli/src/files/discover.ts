import { readdir, stat } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { UsageError } from '../cli/usage-error.js'
import { hasReportExtension } from './extensions.js'
import { globBase, globToRegExp, isGlob } from './glob.js'

/** Directories never entered: hidden ones (`.git`) and installed packages. */
function skipDirectory(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules'
}

/** Files beside reports that are not reports (a folder's README.md, CHANGELOG.md …). */
const notReports = /^(readme|changelog|license|licence|contributing)(\.|$)/i

export interface DiscoverOptions {
  /** Globs of files to leave out of directories and globs (`--ignore`); without a `/`, matched against the file name. */
  ignore?: readonly string[]
}

type Filter = (path: string) => boolean

function ignoreFilter(patterns: readonly string[]): Filter {
  const matchers = patterns.map((pattern) => ({ byName: !pattern.includes('/'), regexp: globToRegExp(pattern.replace(/^\.\//, '')) }))
  return (path) => {
    const slashed = relative('.', path).split(sep).join('/')
    const name = slashed.slice(slashed.lastIndexOf('/') + 1)
    return matchers.some((matcher) => matcher.regexp.test(matcher.byName ? name : slashed))
  }
}

/** Every report file under `directory`, depth first, names in code-point order (stable across runs). */
async function walk(directory: string, out: string[], ignored: Filter): Promise<void> {
  const entries = await readdir(directory, { withFileTypes: true })
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    const path = join(directory, entry.name)
    if (entry.isDirectory()) {
      if (!skipDirectory(entry.name)) await walk(path, out, ignored)
    } else if (entry.isFile() && hasReportExtension(entry.name) && !notReports.test(entry.name) && !ignored(path)) {
      out.push(path)
    }
  }
}

async function expandGlob(pattern: string, ignored: Filter): Promise<string[]> {
  const normalized = pattern.split(sep).join('/')
  const base = globBase(normalized)
  const matcher = globToRegExp(normalized.replace(/^\.\//, ''))
  const candidates: string[] = []
  try {
    await walk(base, candidates, ignored)
  } catch {
    return []
  }
  return candidates.filter((path) => {
    const slashed = path.split(sep).join('/')
    return matcher.test(slashed) || matcher.test(relative('.', path).split(sep).join('/'))
  })
}

/**
 * Turns the command line's files, directories and quoted globs into a list of files, in the order
 * given (directories expanded in name order), without duplicates. Explicit files are read whatever
 * their extension; directories and globs yield only report extensions, and leave out README,
 * CHANGELOG and LICENSE files and what `ignore` matches.
 * A path that does not exist, or a directory or glob without report files, is a usage error, as in ESLint.
 */
export async function discoverFiles(inputs: readonly string[], options: DiscoverOptions = {}): Promise<string[]> {
  const ignored = ignoreFilter(options.ignore ?? [])
  const seen = new Set<string>()
  const files: string[] = []
  const add = (path: string) => {
    if (seen.has(path)) return
    seen.add(path)
    files.push(path)
  }
  for (const input of inputs) {
    const info = await stat(input).catch(() => null)
    if (info?.isDirectory()) {
      const found: string[] = []
      await walk(input, found, ignored)
      if (found.length === 0) throw new UsageError(`目录 ${input} 中没有报告文件（.txt .md .html .docx …）(no report files in the directory)`)
      found.forEach(add)
    } else if (info) {
      add(input)
    } else if (isGlob(input)) {
      const found = await expandGlob(input, ignored)
      if (found.length === 0) throw new UsageError(`没有文件匹配 ${input} (no files match the pattern)`)
      found.forEach(add)
    } else {
      throw new UsageError(`找不到文件或目录 ${input} (no such file or directory)`)
    }
  }
  return files
}
