import { readFileSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { parseReport, type AdapterContext } from '@zfxxgk/core'
import { docx } from '@zfxxgk/adapters/docx'
import mammoth from 'mammoth'
import { runComparisons, type ComparisonResult } from './harness.js'

// fflate and saxes are dependencies of @zfxxgk/adapters: load the same copies the adapter uses.
const fromAdapters = createRequire(new URL('../packages/adapters/package.json', import.meta.url))
const { unzipSync, strFromU8 } = fromAdapters('fflate') as typeof import('fflate')
const { SaxesParser } = fromAdapters('saxes') as typeof import('saxes')

const dir = new URL('../packages/adapters/test/fixtures/docx/', import.meta.url)
const files = readdirSync(dir).filter((f) => f.endsWith('.docx') && f !== 'encrypted.docx').sort()
const quiet: AdapterContext = { lang: 'zh', report: () => {} }

/** The floor: inflate word/document.xml and run a bare saxes parse over it, nothing else. */
function unzipAndBareParse(bytes: Uint8Array): number {
  const xml = strFromU8(unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml']!)
  let elements = 0
  const parser = new SaxesParser()
  parser.on('opentag', () => void elements++)
  parser.write(xml).close()
  return elements
}

const label = (file: string, bytes: Uint8Array) => `${file.replace(/\.docx$/, '')} (${(bytes.length / 1024).toFixed(0)} KB)`

/**
 * Each .docx fixture: (1) the docx adapter alone (unzip with limits, relationships, numbering,
 * styles, streaming body, grid) and (2) parseReport (adapter + mapper onto the model) against
 * inflating word/document.xml plus a bare saxes parse of it; (3) the adapter against mammoth
 * converting the same bytes to HTML (which would still need an HTML parse to give a grid).
 */
export async function run(): Promise<ComparisonResult[]> {
  const inputs = files.map((file) => ({ file, bytes: new Uint8Array(readFileSync(new URL(file, dir))) }))
  const adapterVsBare = await runComparisons(
    'docx adapter (SourceDocument) vs unzip + bare saxes parse of word/document.xml (target ≤ 1.5×)',
    inputs.map(({ file, bytes }) => ({
      name: label(file, bytes),
      subject: () => docx.parse(bytes, quiet),
      baseline: () => unzipAndBareParse(bytes),
      baselineName: 'unzip + bare saxes',
      maxRatio: 1.5,
    })),
  )
  const reportVsBare = await runComparisons(
    'parseReport on .docx (adapter + mapper) vs unzip + bare saxes parse (informative: the mapper is measured in its own bench)',
    inputs.map(({ file, bytes }) => ({
      name: label(file, bytes),
      subject: () => parseReport(bytes, { format: 'docx', adapters: [docx] }),
      baseline: () => unzipAndBareParse(bytes),
      baselineName: 'unzip + bare saxes',
    })),
  )
  const versusMammoth = await runComparisons(
    'docx adapter vs mammoth.convertToHtml on the same bytes (target ≥ 5× faster)',
    inputs.map(({ file, bytes }) => {
      const buffer = Buffer.from(bytes)
      return {
        name: label(file, bytes),
        subject: () => docx.parse(bytes, quiet),
        baseline: () => mammoth.convertToHtml({ buffer }),
        baselineName: 'mammoth',
        minSpeedup: 5,
      }
    }),
  )
  return [...adapterVsBare, ...reportVsBare, ...versusMammoth]
}
