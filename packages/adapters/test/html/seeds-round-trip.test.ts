import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { cellKeys, getPath, parseReport, renderReport, type Adapter, type Report } from '@zfxxgk/core'
import { describe, expect, it } from 'vitest'
import { html } from '../../src/html/index.js'
import { defaultAdapters, pipeTable, tabText } from '../../src/index.js'

const seedDir = fileURLToPath(new URL('../fixtures/seeds/', import.meta.url))
const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort()
const adapters: Record<'html' | 'markdown' | 'tab-text', Adapter> = { html, markdown: pipeTable, 'tab-text': tabText }

/** The model a rendering must keep: every cell, the edition, the narrative and the metadata it prints. */
function essence(report: Report) {
  const cells: Record<string, unknown> = {}
  for (const key of cellKeys(report.edition)) cells[key] = getPath(report, key)
  const { agencyName, reportYear, publicationDate } = report.meta
  return {
    edition: report.edition,
    cells,
    unit: getPath(report, 'activeDisclosure.centralizedProcurement.totalAmountUnit') ?? null,
    meta: { agencyName, reportYear, publicationDate },
    overview: report.overview,
    problemsImprovements: report.problemsImprovements,
    otherMatters: report.otherMatters,
  }
}

describe('the seeds rendered and parsed back', () => {
  for (const seed of seeds) {
    for (const format of ['html', 'markdown', 'tab-text'] as const) {
      it(`${seed} as ${format} gives the same model`, async () => {
        const original = await parseReport(readFileSync(seedDir + seed, 'utf8'), { adapters: defaultAdapters, fileName: seed })
        expect(original.report).not.toBeNull()
        const rendered = renderReport(original.report!, { format })
        const adapter = adapters[format]
        const back = await parseReport(adapter.input === 'bytes' ? new TextEncoder().encode(rendered) : rendered, { format: adapter.name, adapters: [adapter] })
        expect(essence(back.report!)).toEqual(essence(original.report!))
        // A title the seed lacks is built from its agency and year; a title it has is kept.
        if (original.report!.meta.title) expect(back.report!.meta.title).toBe(original.report!.meta.title)
      })
    }
  }
})
