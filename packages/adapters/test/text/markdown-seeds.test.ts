import { readFileSync } from 'node:fs'
import { parseReport } from '@zfxxgk/core'
import { describe, expect, it } from 'vitest'
import { pipeTable, tabText } from '../../src/index.js'

const seeds = ['000_d8fd9a1c9776479a', '001_9ec49e90548ab3ce', '002_999193c3277cf575', '003_7a65bc881374ab27', '004_1d3bd799e56a65c1']
const read = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url))

describe('each seed rendered as a GFM Markdown report parses to the same model as the seed', () => {
  for (const name of seeds) {
    it(name, async () => {
      const adapters = [tabText, pipeTable]
      const seed = await parseReport(read(`seeds/${name}.txt`), { adapters })
      const markdown = await parseReport(read(`markdown/${name}.md`), { adapters, fileName: `${name}.md` })
      expect(markdown.format).toBe('pipe-table')
      expect(markdown.document!.blocks.filter((b) => b.kind === 'table')).toHaveLength(3)
      expect(markdown.report).toEqual(seed.report)
      // The same findings, apart from where they stand.
      const found = (r: typeof seed) => r.diagnostics.map((d) => `${d.ruleId} ${d.message}`).filter((m) => !m.startsWith('tab-text/'))
      expect(found(markdown)).toEqual(found(seed))
    })
  }
})
