// Renders a report model (a seed's expected JSON) as an HTML page in the official table layout,
// so that a word processor can turn it into a real .docx. Blank (null) cells stay empty.
import {
  applicantColumns,
  applicationRowsOf,
  applicationsHeaderNote,
  disclosureRowsOf,
  getPath,
  reviewColumns,
  reviewGroups,
  sections,
  type DisclosureRowLayout,
} from '../../packages/core/src/index.js'

type Model = {
  edition: '2019' | '2021'
  meta: { title?: string | null; agencyName?: string | null; reportYear?: number | null; publicationDate?: string | null }
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const td = (text: string, attrs = '') => `<td${attrs}>${esc(text)}</td>`
const value = (model: unknown, key: string) => {
  const v = getPath(model, key)
  return v === null || v === undefined ? '' : String(v)
}

function disclosureTable(model: Model): string {
  const rows: string[] = []
  let caption = ''
  let columnsShown = ''
  for (const row of disclosureRowsOf(model.edition) as readonly DisclosureRowLayout[]) {
    const columns = row.columns.map((c) => c.label).join('|')
    if (row.caption !== caption || columns !== columnsShown) {
      caption = row.caption
      columnsShown = columns
      rows.push(`<tr>${td(row.caption, ' colspan="4"')}</tr>`)
      rows.push(`<tr>${td('信息内容')}${spread(row.columns.map((c) => c.label))}</tr>`)
    }
    const cells = row.columns.map((c) => {
      const v = value(model, `activeDisclosure.${row.key}.${c.key}`)
      const unit = c.key === 'totalAmount' ? value(model, `activeDisclosure.${row.key}.totalAmountUnit`) : ''
      return v === '' ? '' : v + unit
    })
    rows.push(`<tr>${td(row.label)}${spread(cells)}</tr>`)
  }
  return `<table border="1">${rows.join('\n')}</table>`
}

/** Values over three grid columns: 1 → colspan 3, 2 → 1 + 2, 3 → one each. */
function spread(texts: string[]): string {
  if (texts.length === 1) return td(texts[0]!, ' colspan="3"')
  if (texts.length === 2) return td(texts[0]!) + td(texts[1]!, ' colspan="2"')
  return texts.map((t) => td(t)).join('')
}

function applicationsTable(model: Model): string {
  const layout = applicationRowsOf(model.edition)
  const rows: string[] = [
    `<tr>${td(applicationsHeaderNote, ' colspan="3" rowspan="3"')}${td('申请人情况', ' colspan="7"')}</tr>`,
    `<tr>${td('自然人', ' rowspan="2"')}${td('法人或其他组织', ' colspan="5"')}${td('总计', ' rowspan="2"')}</tr>`,
    `<tr>${applicantColumns.slice(1, 6).map((c) => td(c.label)).join('')}</tr>`,
  ]
  const opened = new Set<string>()
  for (const row of layout) {
    let head = ''
    row.parents.forEach((parent, depth) => {
      const id = row.parents.slice(0, depth + 1).join('/')
      if (opened.has(id)) return
      opened.add(id)
      const span = layout.filter((r) => r.parents.slice(0, depth + 1).join('/') === id).length
      head += td(parent, ` rowspan="${span}"`)
    })
    head += td(row.label, row.parents.length < 2 ? ` colspan="${3 - row.parents.length}"` : '')
    const values = applicantColumns.map((c) => td(value(model, `applications.${row.key}.${c.key}`))).join('')
    rows.push(`<tr>${head}${values}</tr>`)
  }
  return `<table border="1">${rows.join('\n')}</table>`
}

function reviewTable(model: Model): string {
  const header1 = `<tr>${td('行政复议', ' colspan="5"')}${td('行政诉讼', ' colspan="10"')}</tr>`
  const header2 = `<tr>${reviewColumns.map((c) => td(c.label, ' rowspan="2"')).join('')}${td('未经复议直接起诉', ' colspan="5"')}${td('复议后起诉', ' colspan="5"')}</tr>`
  const header3 = `<tr>${[...reviewColumns, ...reviewColumns].map((c) => td(c.label)).join('')}</tr>`
  const data = `<tr>${reviewGroups.flatMap((g) => reviewColumns.map((c) => td(value(model, `reviewLitigation.${g.key}.${c.key}`)))).join('')}</tr>`
  return `<table border="1">${header1}\n${header2}\n${header3}\n${data}</table>`
}

/** The page: title, the six headings with their tables, the statistics period and the signature when known. */
export function renderSeedHtml(model: Model): string {
  const p = (text: string) => `<p>${esc(text)}</p>`
  const body: string[] = []
  if (model.meta.title) body.push(p(model.meta.title))
  const tables: Record<string, string> = {
    activeDisclosure: disclosureTable(model),
    applications: applicationsTable(model),
    reviewLitigation: reviewTable(model),
  }
  const year = model.meta.reportYear
  const overview = year ? `本报告中所列数据统计期限为${year}年1月1日至12月31日。` : '无。'
  for (const section of sections) {
    body.push(p(section.heading))
    body.push(tables[section.key] ?? p(section.key === 'overview' ? overview : '无。'))
  }
  const date = model.meta.publicationDate
  if (model.meta.agencyName) body.push(p(model.meta.agencyName))
  if (date) {
    const [y, m, d] = date.split('-').map(Number)
    body.push(p(`${y}年${m}月${d}日`))
  }
  const title = model.meta.title ? `<title>${esc(model.meta.title)}</title>` : ''
  return `<!DOCTYPE html><html><head><meta charset="utf-8">${title}</head><body>\n${body.join('\n')}\n</body></html>\n`
}
