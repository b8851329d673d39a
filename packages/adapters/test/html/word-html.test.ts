import { cellKeys, emptyReport, getPath, parseReport, renderReport, setPath, type Report } from '@zfxxgk/core'
import { describe, expect, it } from 'vitest'
import { html } from '../../src/html/index.js'

/** A filled report, rendered, then dressed the way Word's "Save as Web Page" writes tables and paragraphs. */
function wordStyled(report: Report): string {
  return renderReport(report, { format: 'html' })
    .replace('<html lang="zh-CN">', '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">')
    .replace('<body>', '<body lang=ZH-CN style=\'tab-interval:21.0pt\'><!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View></w:WordDocument></xml><![endif]--><div class=WordSection1>')
    .replace('</body>', '</div></body>')
    .replace(/<h1>(.*?)<\/h1>/, "<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:22.0pt;font-family:方正小标宋简体'>$1</span></b></p>")
    .replace(/<h2>(.*?)<\/h2>/g, "<p class=MsoNormal style='text-indent:32.0pt'><b><span style='font-family:黑体'>$1<o:p></o:p></span></b></p>")
    .replace(/<table>/g, "<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;mso-yfti-tbllook:1184'>")
    .replace(/<(td|th)([^>]*)>([^<]*)<\/\1>/g, (_, tag: string, spans: string, text: string) => {
      // Digits split over runs, as Word does after edits; labels in one run.
      const runs = /^\d{2,}$/.test(text) ? `<span lang=EN-US>${text.slice(0, 1)}</span><span lang=EN-US style='mso-bidi-font-size:10.5pt'>${text.slice(1)}</span>` : `<span style='font-size:10.0pt'>${text || '&nbsp;'}</span>`
      return `<td width=64${spans} valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal align=center style='text-align:center'>${runs}<o:p></o:p></p></td>`
    })
    .replace(/<\/table>/g, "<![if !supportMisalignedColumns]><tr height=0><td width=64 style='border:none'></td><td width=64 style='border:none'></td></tr><![endif]></table>")
}

describe('Word-exported HTML', () => {
  for (const edition of ['2021', '2019'] as const) {
    it(`reads every cell of a ${edition} report saved by Word as a web page`, async () => {
      const report = emptyReport(edition) as Report & Record<string, unknown>
      cellKeys(edition).forEach((key, i) => setPath(report, key, (i * 37) % 1000))
      if (edition === '2021') {
        for (const column of ['naturalPerson', 'commercialEnterprise', 'researchInstitution', 'publicWelfareOrg', 'legalServiceOrg', 'otherOrg', 'total']) {
          const sum = ['overdueCorrection', 'unpaidFee', 'other'].reduce((n, item) => n + (getPath(report, `applications.results.otherHandling.${item}.${column}`) as number), 0)
          setPath(report, `applications.results.otherHandling.total.${column}`, sum)
        }
      }
      report.meta = { title: '某某县人民政府2024年政府信息公开工作年度报告', agencyName: '某某县人民政府', agencyType: null, reportYear: 2024, publicationDate: '2025-01-20' }
      const page = wordStyled(report)
      expect(page).toContain('MsoNormalTable')
      expect(page).toMatch(/<span lang=EN-US>\d<\/span><span lang=EN-US[^>]*>\d+<\/span>/)
      const { report: back, diagnostics } = await parseReport(new TextEncoder().encode(page), { format: 'html', adapters: [html] })
      expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([])
      for (const key of cellKeys(edition)) expect(getPath(back, key), key).toBe(getPath(report, key))
      expect(back!.meta).toMatchObject({ agencyName: '某某县人民政府', reportYear: 2024, publicationDate: '2025-01-20' })
    })
  }
})
