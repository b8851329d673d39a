import { toSimplified, type PageMeta } from '@zfxxgk/core'
import { attr, isElement, isText, type ParentNode } from './dom.js'
import { collapseWhitespace } from './whitespace.js'

/** Labels of the 政府信息公开 metadata block (索引号/发布机构/发布日期 …) that portals print above a report. */
const metaLabels = [
  '索引号', '发布机构', '发文机关', '发布日期', '发布时间', '成文日期', '生成日期', '主题分类', '体裁分类', '组配分类',
  '服务对象', '文号', '发文字号', '公开方式', '公开范围', '公开时限', '信息名称', '名称', '有效性', '主题词', '内容概述', '信息来源',
  '来源', '时间',
]
const metaLabelSet = new Set(metaLabels)
const labelPattern = new RegExp(`(${metaLabels.join('|')})\\s*[:：]\\s*`, 'g')
/** Labels whose lines are page chrome wherever they stand. */
const chromeLabels = new Set(['索引号', '发布机构', '发文机关', '发布日期', '发布时间', '来源', '信息来源', '时间'])

/** A metadata label written alone in a cell: `发布机构`, `发布机构：`, `發佈機構:`. */
export function metaLabelOf(text: string): string | null {
  if (text.length > 8) return null
  const label = toSimplified(text).replace(/[\s:：]/g, '')
  return metaLabelSet.has(label) ? label : null
}

/** Label → value pairs from `label：value` text (several may share one line). */
export function metaPairsInText(text: string): Array<[string, string]> {
  return readMetaLine(text).pairs
}

/**
 * The pairs of a line, and whether the line is nothing but metadata of the page
 * (`发布日期：2020-01-31`, `来源：… 时间：…`): such a line is page chrome, not report text.
 */
export function readMetaLine(text: string): { pairs: Array<[string, string]>; chromeOnly: boolean } {
  if (!text.includes('：') && !text.includes(':')) return { pairs: [], chromeOnly: false }
  const simplified = toSimplified(text)
  const pairs: Array<[string, string]> = []
  const matches = [...simplified.matchAll(labelPattern)]
  let chromeOnly = matches.length > 0 && text.slice(0, matches[0]!.index).trim() === ''
  matches.forEach((match, i) => {
    const from = match.index! + match[0].length
    const to = i + 1 < matches.length ? matches[i + 1]!.index! : text.length
    // The value in the original characters; it ends at the next label or at a wide gap.
    const [value = '', ...rest] = text.slice(from, to).trim().split(/\s{2,}|\u3000/)
    if (value !== '') pairs.push([match[1]!, value.trim()])
    if (!chromeLabels.has(match[1]!) || rest.some((part) => part.trim() !== '')) chromeOnly = false
  })
  return { pairs, chromeOnly }
}

const maxMetaRows = 8

/**
 * Whether a table is the page's metadata block rather than a report table: at least two of
 * its cells are metadata labels (alone, or as `label：value`).
 */
export function metaPairsOfTable(rows: ReadonlyArray<ReadonlyArray<{ text: string }>>): Array<[string, string]> | null {
  // Metadata blocks are a few rows; report tables 二 and 三 are long.
  if (rows.length > maxMetaRows) return null
  const pairs: Array<[string, string]> = []
  let labels = 0
  for (const row of rows) {
    row.forEach((cell, i) => {
      const label = metaLabelOf(cell.text)
      if (label !== null) {
        labels++
        const value = row[i + 1]?.text.trim()
        if (value && metaLabelOf(value) === null) pairs.push([label, value])
        return
      }
      const inline = metaPairsInText(cell.text)
      if (inline.length > 0) {
        labels += inline.length
        pairs.push(...inline)
      }
    })
  }
  return labels >= 2 ? pairs : null
}

/** `2020-01-31`, `2020年1月31日`, `2020/1/31 10:00` → ISO date; null if none or invalid. */
export function isoDate(text: string): string | null {
  const match = /(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})/.exec(text)
  if (!match) return null
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  return `${match[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** What `<head>` says: the title (ArticleTitle, or `<title>` without the site suffix) and PubDate. */
export function headMeta(document: ParentNode): { title?: string; date?: string } {
  const found: { title?: string; date?: string } = {}
  let pageTitle: string | undefined
  const stack: ParentNode[] = [document]
  while (stack.length > 0) {
    const node = stack.pop()!
    for (const child of node.childNodes) {
      if (!isElement(child)) continue
      if (child.tagName === 'title' && pageTitle === undefined) {
        pageTitle = collapseWhitespace(child.childNodes.map((t) => (isText(t) ? t.value : '')).join(''))
      } else if (child.tagName === 'meta') {
        const name = (attr(child, 'name') ?? '').toLowerCase()
        const content = (attr(child, 'content') ?? '').trim()
        if (content === '') continue
        if ((name === 'articletitle' || name === 'title') && found.title === undefined) found.title = content
        if (['pubdate', 'publishdate', 'firstpublishedtime', 'dc.date', 'dcterms.issued'].includes(name) && found.date === undefined) {
          found.date = isoDate(content) ?? undefined
        }
      } else if (child.tagName === 'html' || child.tagName === 'head') stack.push(child)
    }
  }
  if (found.title === undefined && pageTitle) found.title = titleWithoutSite(pageTitle)
  if (found.date === undefined) delete found.date
  return found
}

/** `报告_栏目_站点` → `报告`: the segment that names the report, else the first. */
function titleWithoutSite(title: string): string {
  const parts = title.split(/\s*(?:_|\||——|–|-{1,2})\s*/).filter((p) => p !== '')
  return parts.find((p) => /报告|報告/.test(p)) ?? parts[0] ?? title
}

/** Page facts in order of trust: the metadata block, then labelled lines, then `<head>`. */
export function buildPageMeta(pairs: ReadonlyArray<[string, string]>, head: { title?: string; date?: string }): PageMeta {
  const meta: PageMeta = {}
  const first = (...labels: string[]) => pairs.find(([label]) => labels.includes(label))?.[1]
  const agency = first('发布机构', '发文机关')
  if (agency) meta.agencyName = agency
  const date = isoDate(first('发布日期') ?? '') ?? isoDate(first('发布时间') ?? '') ?? head.date
  if (date) meta.publicationDate = date
  const index = first('索引号')
  if (index) meta.indexNumber = index
  const title = head.title ?? first('信息名称', '名称')
  if (title) meta.title = title
  return meta
}
