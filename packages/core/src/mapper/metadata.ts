import type { Block, PageMeta } from '../document/types.js'
import type { Meta } from '../model/schema.js'
import { compactText, normalizeText } from '../text/normalize.js'
import { isWhitespace } from '../text/whitespace.js'
import { findDate } from './dates.js'
import type { Outline } from './outline.js'

export interface MetaFindings {
  meta: Meta
  /** Paragraph blocks that form the signature (落款), kept out of section 六's text. */
  signatureBlocks: number[]
}

const titleAgencyFirst = /^(.+?)(\d{4})年度?(?:政府)?(?:信息公开|政务公开)/
const titleYearFirst = /^(\d{4})年度?(.*?)(?:政府)?(?:信息公开|政务公开)/

/** Metadata by spec §5: title first, then 落款, preamble, statistics period, body years, page. */
export function readMetadata(blocks: readonly Block[], outline: Outline, pageMeta: PageMeta | undefined): MetaFindings {
  const paragraphs = (indexes: number[]) => indexes.map((i) => (blocks[i] as { text: string }).text)
  const titleParts = paragraphs(outline.titleBlocks)
  const uniqueParts = titleParts.filter((t, i) => titleParts.indexOf(t) === i)
  const title = uniqueParts.length > 0 ? normalizeText(uniqueParts.join('')) : null
  // A page whose body has no title line still names the report in <title> (pageMeta.title).
  const pageTitle = pageMeta?.title ? withoutSiteName(pageMeta.title) : null
  const titleText = title ?? pageTitle
  const compactTitle = titleText ? compactText(titleText) : null

  let agencyName: string | null = null
  let reportYear: number | null = null
  if (compactTitle) {
    const first = titleAgencyFirst.exec(compactTitle)
    const yearFirst = titleYearFirst.exec(compactTitle)
    if (first && first[1]!.length >= 2) [agencyName, reportYear] = [first[1]!, Number(first[2])]
    else if (yearFirst) [agencyName, reportYear] = [yearFirst[2]!.length >= 2 ? yearFirst[2]! : null, Number(yearFirst[1])]
  }

  const signature = readSignature(blocks)
  agencyName ??= signature.agency ?? fromPreamble(paragraphs(outline.preambleBlocks)) ?? pageMeta?.agencyName ?? null
  if (agencyName && /^我/.test(agencyName)) agencyName = null
  const publicationDate = signature.date ?? pageMeta?.publicationDate ?? null
  let body: string | undefined
  const bodyText = () => (body ??= blocks.filter((b) => b.kind === 'paragraph').map((b) => (b as { text: string }).text).join('\n'))
  reportYear ??= statisticsYear(bodyText()) ?? dominantYear(overviewText(blocks, outline)) ?? (publicationDate ? Number(publicationDate.slice(0, 4)) - 1 : null)

  return {
    meta: {
      title: title ?? pageTitle,
      agencyName,
      agencyType: agencyTypeOf(agencyName, bodyText),
      reportYear,
      publicationDate,
    },
    signatureBlocks: signature.blocks,
  }
}

const longestDate = 12

/** The 落款 at the end: a short date line, and the short agency line before it (or beside it). */
function readSignature(blocks: readonly Block[]): { agency: string | null; date: string | null; blocks: number[] } {
  const tail: number[] = []
  for (let i = blocks.length - 1; i >= 0 && tail.length < 3; i--) {
    const block = blocks[i]!
    if (block.kind !== 'paragraph') break
    if (block.text.trim() !== '') tail.push(i)
  }
  for (const [n, i] of tail.entries()) {
    const raw = (blocks[i] as { text: string }).text
    // A compact date is at most 12 characters (二〇二二年十二月三十一日): longer lines are prose,
    // told apart before the cost of normalising them.
    if (nonSpaceLength(raw, 2 * (longestDate + 16)) > 2 * (longestDate + 16)) continue
    const text = compactText(raw)
    if (text.length > longestDate + 16) continue
    const date = findDate(text)
    if (!date || text.length > date.length + 16) continue
    const before = text.slice(0, date.index)
    if (before.length >= 2 && !/[。，]/.test(before)) return { agency: before, date: date.iso, blocks: [i] }
    const previous = tail[n + 1]
    const agency = previous !== undefined ? compactText((blocks[previous] as { text: string }).text) : ''
    if (agency.length >= 2 && agency.length <= 30 && !/[。，；：:]/.test(agency) && !findDate(agency)) return { agency, date: date.iso, blocks: [previous!, i] }
    return { agency: null, date: date.iso, blocks: [i] }
  }
  return { agency: null, date: null, blocks: [] }
}

/** Characters other than whitespace, counted up to `limit + 1`. */
function nonSpaceLength(text: string, limit: number): number {
  let n = 0
  for (let i = 0; i < text.length && n <= limit; i++) if (!isWhitespace(text.charCodeAt(i))) n++
  return n
}

function fromPreamble(preamble: string[]): string | null {
  for (const text of preamble.slice(0, 3)) {
    // Normalising a long paragraph costs more than these tests: 现将…2023年 needs a 将 and a year's
    // digits (ASCII or full-width), …向社会公布 a 公布.
    if (!((/[将將]/.test(text) && /[0-9０-９]/.test(text)) || /公[布佈]/.test(text))) continue
    const compact = compactText(text)
    const m = /现将(.{2,30}?)\d{4}年/.exec(compact) ?? /^(.{2,30}?)向社会公布/.exec(compact)
    if (m && !/^我/.test(m[1]!)) return m[1]!
  }
  return null
}

function statisticsYear(text: string): number | null {
  const m = /[自从從]\s*(\d{4})\s*年\s*0?1\s*月\s*0?1\s*日\s*(?:起)?\s*[至到]/.exec(text)
  return m ? Number(m[1]) : null
}

function overviewText(blocks: readonly Block[], outline: Outline): string {
  return blocks
    .filter((b, i) => b.kind === 'paragraph' && !outline.isHeading[i] && (outline.sectionOf[i] === 'overview' || outline.sectionOf[i] === null))
    .map((b) => (b as { text: string }).text)
    .join('\n')
}

/** The most frequent plausible year in section 一, ignoring years inside 《document names》. */
function dominantYear(text: string): number | null {
  const counts = new Map<number, number>()
  for (const m of text.replace(/《[^》]*》/g, '').matchAll(/(?<!\d)((?:19|20)\d{2})年/g)) {
    const year = Number(m[1])
    counts.set(year, (counts.get(year) ?? 0) + 1)
  }
  let best: number | null = null
  for (const [year, count] of counts) if (best === null || count > counts.get(best)! || (count === counts.get(best)! && year > best)) best = year
  return best
}

/**
 * The kind of body (spec §5), from the name, else from self-references (我镇, 我局 …):
 * 乡镇 · 街道 · 县级政府 (县, 区, 旗, 县级市 cannot be told from 市) · 市级政府 · 省级政府 · 部门.
 * Rule-making power (规章, T2-8) follows from it: only 市级 and 省级 governments have it.
 */
function agencyTypeOf(name: string | null, body: () => string): string | null {
  if (name) {
    const government = name.replace(/(人民政府|政府)(办公室|办公厅)?$/, '')
    const isGovernment = government !== name && !/(办公室|办公厅)$/.test(name)
    if (/街道(办事处)?$/.test(name)) return '街道'
    if (/(镇|乡)(人民政府)?$/.test(name)) return '乡镇'
    if (isGovernment || /^[^局委办厅院署]*(省|自治区|市|县|区|旗|州|盟)$/.test(name)) {
      if (/(省|自治区)$/.test(government)) return '省级政府'
      if (/(县|区|旗)$/.test(government)) return '县级政府'
      if (/(市|自治州|州|盟)$/.test(government)) return '市级政府'
    }
    if (/(局|委|办|厅|院|署|中心|委员会|办公室|管委会|办事处)$/.test(name)) return '部门'
  }
  const self = /我(镇|乡|街道|局|委|办|厅|区|县|市)/.exec(body())
  if (!self) return null
  const word = self[1]!
  return word === '镇' || word === '乡' ? '乡镇' : word === '街道' ? '街道' : word === '区' || word === '县' ? '县级政府' : word === '市' ? '市级政府' : '部门'
}

/**
 * A page or file title often carries the site's name after the report's (…年度报告_政府信息公开年报_某某网,
 * …年度报告 - 某某政府网): keep the part that names the report.
 */
function withoutSiteName(title: string): string {
  const parts = title.split(/\s*(?:[_|｜]|\s[-—–]\s)\s*/)
  return parts.find((p) => /年度报告|年报/.test(p)) ?? parts[0] ?? title
}
