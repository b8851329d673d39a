import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { UsageError } from '../src/cli/usage-error.js'
import { discoverFiles } from '../src/files/discover.js'
import { globToRegExp } from '../src/files/glob.js'

let root: string
const cwd = process.cwd()

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'zfxxgk-discover-'))
  const files = [
    'b/2022.html', 'b/2021.docx', 'b/notes.pdf', 'b/deep/x.shtml', 'a.txt', 'a.md', 'c.markdown', 'd.htm', 'e.doc', 'F.TXT',
    'image.png', '.hidden/h.txt', 'node_modules/m.txt', '中文/报告.txt', 'README.md', 'b/readme.txt', 'b/deep/draft.txt',
  ]
  for (const file of files) {
    mkdirSync(join(root, file, '..'), { recursive: true })
    writeFileSync(join(root, file), 'x')
  }
  process.chdir(root)
})

afterAll(() => {
  process.chdir(cwd)
  rmSync(root, { recursive: true, force: true })
})

describe('discoverFiles', () => {
  it('walks directories in name order, keeping report extensions and skipping hidden and node_modules', async () => {
    expect(await discoverFiles(['.'])).toEqual([
      'F.TXT', 'a.md', 'a.txt', 'b/2021.docx', 'b/2022.html', 'b/deep/draft.txt', 'b/deep/x.shtml', 'c.markdown', 'd.htm', 'e.doc', '中文/报告.txt',
    ])
  })

  it('leaves out what --ignore matches, by file name or by path', async () => {
    expect(await discoverFiles(['b'], { ignore: ['draft.*'] })).toEqual(['b/2021.docx', 'b/2022.html', 'b/deep/x.shtml'])
    expect(await discoverFiles(['.'], { ignore: ['b/**', '*.{md,markdown}'] })).toEqual(['F.TXT', 'a.txt', 'd.htm', 'e.doc', '中文/报告.txt'])
    // An explicitly named file is always read.
    expect(await discoverFiles(['README.md', 'b/deep/draft.txt'], { ignore: ['draft.*'] })).toEqual(['README.md', 'b/deep/draft.txt'])
  })

  it('keeps the order of the inputs, reads explicit files of any type, and drops duplicates', async () => {
    expect(await discoverFiles(['b/notes.pdf', 'b', 'b/2022.html', 'a.txt'])).toEqual([
      'b/notes.pdf', 'b/2021.docx', 'b/2022.html', 'b/deep/draft.txt', 'b/deep/x.shtml', 'a.txt',
    ])
  })

  it('expands quoted globs', async () => {
    expect(await discoverFiles(['b/**/*.{html,shtml}'])).toEqual(['b/2022.html', 'b/deep/x.shtml'])
    expect(await discoverFiles(['*.txt'])).toEqual(['a.txt'])
    expect(await discoverFiles(['**/*.txt'])).toEqual(['a.txt', 'b/deep/draft.txt', '中文/报告.txt'])
  })

  it('treats a missing path or an empty glob as a usage error', async () => {
    await expect(discoverFiles(['missing.txt'])).rejects.toThrow(UsageError)
    await expect(discoverFiles(['b/*.xlsx'])).rejects.toThrow(/no files match/)
    await expect(discoverFiles(['b/deep'], { ignore: ['*'] })).rejects.toThrow(/no report files in the directory/)
  })
})

describe('globToRegExp', () => {
  it('matches like a shell', () => {
    expect(globToRegExp('**/*.html').test('a/b/c.html')).toBe(true)
    expect(globToRegExp('**/*.html').test('c.html')).toBe(true)
    expect(globToRegExp('*.html').test('a/c.html')).toBe(false)
    expect(globToRegExp('r?.[dt]oc').test('r1.doc')).toBe(true)
    expect(globToRegExp('r?.[!d]oc').test('r1.doc')).toBe(false)
    expect(globToRegExp('a.b').test('axb')).toBe(false)
  })
})
