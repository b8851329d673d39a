import { defineAdapter, formTable, type Adapter, type AdapterContext, type Block, type SourceDocument } from '@zfxxgk/core'
import { reportBlocks } from './content-root.js'
import { decodeHtml } from './decode.js'
import { htmlMessages, type HtmlMessageId } from './messages.js'
import { buildPageMeta, headMeta, readMetaLine } from './page-meta.js'
import { maxDepth, parseHtml } from './parse-tree.js'
import { sniffHtml } from './sniff.js'
import { walk, type FoundBlock } from './walk.js'

/** One diagnostic per kind and table: hostile spans can make thousands of problems. */
const problemMessages = [['overlap', 'tableOverlap'], ['ragged', 'tableRagged'], ['oversized', 'tableOversized']] as const

/** Labels trusted when found in running text (the metadata block printed as lines). */
const lineLabels = new Set(['索引号', '发布机构', '发文机关', '发布日期', '发布时间'])

/**
 * HTML pages (Word-exported, CMS editors, portals) → the neutral document. Takes bytes so that a
 * declared GBK/GB2312 charset is honoured. Nothing in the page is run or fetched.
 */
export const html: Adapter = defineAdapter({
  name: 'html',
  input: 'bytes',
  extensions: ['html', 'htm', 'shtml', 'xhtml'],
  sniff: sniffHtml,
  parse(input: string | Uint8Array, context: AdapterContext): SourceDocument {
    const say = (messageId: HtmlMessageId, data?: Record<string, string | number>, location?: Block['location']) => {
      const { severity, text } = htmlMessages[messageId]
      context.report({ messageId, severity, text, ...(data ? { data } : {}), ...(location ? { location } : {}) })
    }
    const text = typeof input === 'string' ? input : decodeText(input, say)
    const { document: tree, parseErrors, unclosed, truncatedAt } = parseHtml(text)
    if (parseErrors.length > 0) {
      const first = parseErrors[0]!
      say('parseErrors', { count: parseErrors.length, first: `${first.code} ${first.startLine}:${first.startCol}` }, {
        start: { line: first.startLine, column: first.startCol, offset: first.startOffset },
      })
    }
    if (unclosed.length > 0) {
      const { tag, line, column, offset } = unclosed[0]!
      say('unclosedTags', { count: unclosed.length, tag, place: `${line}:${column}` }, { start: { line, column, offset } })
    }
    if (truncatedAt) say('nestingTooDeep', { limit: maxDepth }, { start: truncatedAt })
    const found = walk(tree)
    if (found.layoutTables > 0) say('layoutTable')
    const pairs = [...found.metaPairs]
    const chrome = new Set<FoundBlock>()
    for (const block of found.blocks) {
      if (block.kind !== 'paragraph' || block.text.length >= 200) continue
      const { pairs: inLine, chromeOnly } = readMetaLine(block.text)
      if (chromeOnly) chrome.add(block)
      // `来源：… 时间：…` is the article line of a portal page: its 时间 is the publication time.
      const articleLine = inLine.some(([label]) => label === '来源')
      pairs.push(...inLine.filter(([label]) => lineLabels.has(label) || (articleLine && label === '时间')).map(([label, value]): [string, string] => [label === '时间' ? '发布时间' : label, value]))
    }
    const blocks: Block[] = []
    let tableIndex = 0
    const tableIndexes = new Map<FoundBlock, number>()
    // Lines of page metadata went to pageMeta; they are not report text.
    for (const block of reportBlocks(found.blocks.filter((b) => !chrome.has(b)))) {
      if (block.kind === 'paragraph') {
        blocks.push({ kind: 'paragraph', text: block.text, location: block.location })
        continue
      }
      tableIndex++
      tableIndexes.set(block, tableIndex)
      const outer = block.nestedIn && tableIndexes.get(block.nestedIn)
      if (outer) say('nestedTable', { table: outer, inner: tableIndex }, { ...block.location, table: tableIndex })
      const formed = formTable(block.rows, tableIndex)
      for (const [kind, messageId] of problemMessages) {
        const problems = formed.problems.filter((p) => p.kind === kind)
        const first = problems[0]
        if (!first) continue
        const data = { table: tableIndex, row: first.row, col: first.col, count: problems.length }
        say(messageId, data, { ...block.location, table: tableIndex, row: first.row, col: first.col })
      }
      blocks.push({ kind: 'table', layout: 'grid', rows: formed.rows, location: { ...block.location, table: tableIndex } })
    }
    if (blocks.length === 0) say('noContent')
    const document: SourceDocument = { format: 'html', blocks }
    const pageMeta = buildPageMeta(pairs, headMeta(tree))
    if (Object.keys(pageMeta).length > 0) document.pageMeta = pageMeta
    return document
  },
})

function decodeText(bytes: Uint8Array, say: (id: HtmlMessageId, data?: Record<string, string | number>) => void): string {
  const decoded = decodeHtml(bytes)
  const declared = decoded.declared ?? '—'
  if (decoded.note === 'fallback') say('decodeFallback', { declared, encoding: decoded.encoding })
  if (decoded.note === 'mismatch') say('decodeMismatch', { declared, encoding: decoded.encoding })
  if (decoded.replaced > 0) say('decodeReplaced', { encoding: decoded.encoding, count: decoded.replaced })
  return decoded.text
}

export default html
