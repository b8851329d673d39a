import { readFileSync, readdirSync } from 'node:fs'
import { parseReport } from '@zfxxgk/core'
import { html } from '@zfxxgk/adapters/html'
import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
import { runComparisons, type ComparisonResult } from './harness.js'

const dir = new URL('../packages/adapters/test/fixtures/html/', import.meta.url)
const pages = readdirSync(dir).filter((f) => /\.html$/.test(f)).sort()
const bare = unified().use(rehypeParse)

/**
 * parseReport on each HTML page (decoding, parsing, reading tables and metadata, mapping onto
 * the model) against the bare HTML parse of the same page with rehype-parse, in the same run.
 */
export async function run(): Promise<ComparisonResult[]> {
  return runComparisons(
    'parseReport on the HTML pages vs the bare rehype-parse of the same page (target ≤ 1.3×)',
    pages.map((file) => {
      const bytes = new Uint8Array(readFileSync(new URL(file, dir)))
      const text = new TextDecoder(file.includes('.gbk.') ? 'gb18030' : 'utf-8').decode(bytes)
      return {
        name: `${file.replace(/\.html$/, '')} (${(bytes.length / 1024).toFixed(0)} KB)`,
        subject: () => parseReport(bytes, { format: 'html', adapters: [html] }),
        baseline: () => bare.parse(text),
        baselineName: 'rehype-parse',
        maxRatio: 1.3,
      }
    }),
  )
}
