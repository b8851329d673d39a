import { readFileSync, readdirSync } from 'node:fs'
import type { AdapterContext, SourceDocument } from '@zfxxgk/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { pipeTable, tabText } from '../../src/index.js'
import { parsePipeTable, sniffPipeTable } from './reference/pipe-table.js'
import { parseTabText, sniffTabText } from './reference/tab-text.js'

type Parse = (text: string, context: AdapterContext) => SourceDocument

/** The document and every finding reported while reading it. */
function run(parse: Parse, text: string) {
  const findings: unknown[] = []
  const document = parse(text, { lang: 'zh', report: (finding) => findings.push(finding) })
  return { document, findings }
}

function expectSameAsReference(text: string): void {
  const sample = { text, bytes: null }
  expect(tabText.sniff(sample)).toBe(sniffTabText(sample))
  expect(pipeTable.sniff(sample)).toBe(sniffPipeTable(sample))
  expect(run((t, c) => tabText.parse(t, c) as SourceDocument, text)).toEqual(run(parseTabText, text))
  expect(run((t) => pipeTable.parse(t) as SourceDocument, text)).toEqual(run(parsePipeTable, text))
}

// Pieces that meet every branch of the readers: line breaks of all kinds, tabs and pipes, every
// sort of padding, Markdown rules, headings (一、 （二） 第三), short and long labels, numbers.
const pieces = [
  '\n', '\n', '\r\n', '\r', '\t', '\t', '|', ' |', '| |', ' ', '\u3000', '\u00a0', '\u2028', '\ufeff', '\u200b', '\u2003', '\v', '\f',
  '-', '---', ':---:', '| --- | --- |', '一、', '（二）', '(三)', '第四', '5.', '本年新', '制作数量', '科研机构', '0', '12',
  '这是一行足够长的正文文字用于检验续行长度限制', 'a', '“', '、',
]
const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 80 }).map((parts) => parts.join(''))

describe('the text adapters give what the plain regex-and-split readers give', () => {
  it('on any text made of line breaks, tabs, pipes, padding and labels', () => {
    fc.assert(fc.property(texts, expectSameAsReference), { numRuns: 3000 })
  })

  it('on the seeds, with \\n, \\r\\n and \\r line breaks', () => {
    const dir = new URL('../fixtures/seeds/', import.meta.url)
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(new URL(file, dir), 'utf8')
      for (const variant of [text, text.replace(/\n/g, '\r\n'), text.replace(/\n/g, '\r')]) expectSameAsReference(variant)
    }
  })
})
