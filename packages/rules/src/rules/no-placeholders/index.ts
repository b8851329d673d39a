import { defineRule } from '@zfxxgk/core'
import { both, docsUrl } from '../../lib/docs.js'
import { findings } from '../../lib/parse-findings.js'
import { findQuotes, locate, shorten } from '../../lib/text.js'

// XX not inside a Latin word (`xxgk` in a portal's address is 信息公开); no 〇, which dates use (二〇〇九年).
const placeholder = /(?<![A-Za-z])[XxＸｘ]{2,}(?![A-Za-z])|[×＊*]{2,}|[□○]{2,}/
// A verb of counting followed by a measure word with only blanks between: `累计发布   条`.
const blankCount = /(?:发布|公开|受理|收到|办理|办结|制发|答复|共计?|累计)[ \u3000\u00a0]+(?:条|件|个|项|次|篇)/
const unfilled = new RegExp(`${placeholder.source}|${blankCount.source}`)
const partCount = /共(?:分为)?([一二三四五六七八九十]|\d+)个部分/
const chineseDigits = '〇一二三四五六七八九十'

/** S10: no unfilled placeholders in the text or the tables, and no wrong count of the report's parts. */
export const noPlaceholders = defineRule({
  meta: {
    id: 'no-placeholders',
    spec: 'S10',
    type: 'problem',
    level: 'heuristic',
    defaultSeverity: 'warning',
    editions: both,
    docs: {
      description: { zh: '没有未填写的占位符，部分数正确', en: 'No unfilled placeholders and a right count of parts' },
      url: docsUrl('no-placeholders'),
    },
    messages: {
      textPlaceholder: { zh: '正文有未填写的占位符：“{{quote}}”', en: 'Unexpected placeholder in the text: “{{quote}}”' },
      cellPlaceholder: { zh: '表格单元格 {{key}} 是未填写的占位符“{{raw}}”', en: 'Unexpected placeholder `{{raw}}` in cell `{{key}}`, expected a number' },
      partCount: { zh: '正文称报告共{{claimed}}个部分，格式规定为六个部分（“{{quote}}”）', en: 'The text claims {{claimed}} parts, expected six (“{{quote}}”)' },
    },
  },
  check(report, context) {
    for (const { key, sentence } of findQuotes(report, unfilled)) {
      const quote = shorten(sentence)
      context.report({ messageId: 'textPlaceholder', keys: [key], data: { quote }, actual: quote, location: locate(context.document, quote) })
    }
    for (const { key, sentence, match } of findQuotes(report, partCount, undefined, ['部分'])) {
      const claimed = /\d/.test(match[1]!) ? Number(match[1]) : chineseDigits.indexOf(match[1]!)
      if (claimed === 6) continue
      const quote = shorten(sentence)
      context.report({ messageId: 'partCount', keys: [key], data: { claimed: match[1]!, quote }, expected: '六', actual: match[1]!, location: locate(context.document, quote) })
    }
    for (const key of placeholderCells(context)) {
      const raw = context.sourceMap?.[key]?.raw ?? ''
      context.report({ messageId: 'cellPlaceholder', keys: [key], data: { key, raw }, actual: raw })
    }
  },
})

/** Cells the parser read as placeholders: from its findings when given, else from the source map. */
function placeholderCells(context: Parameters<typeof noPlaceholders.check>[1]): string[] {
  if (context.parseDiagnostics) return findings(context.parseDiagnostics, 'parse/cell-placeholder').flatMap((d) => d.keys ?? [])
  const sourceMap = context.sourceMap ?? {}
  const keys: string[] = []
  for (const key in sourceMap) if (sourceMap[key]!.status === 'placeholder') keys.push(key)
  return keys
}
