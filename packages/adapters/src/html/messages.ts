import type { LocalizedText, Severity } from '@zfxxgk/core'

interface HtmlMessage {
  severity: Severity
  text: LocalizedText
}

/** The HTML adapter's own findings (ruleId `html/<messageId>`). */
export const htmlMessages = {
  decodeFallback: {
    severity: 'info',
    text: {
      zh: '页面未声明可用的字符编码（{{declared}}），按 {{encoding}} 解码',
      en: 'No usable charset declared ({{declared}}), decoded as {{encoding}}',
    },
  },
  decodeMismatch: {
    severity: 'warning',
    text: {
      zh: '页面声明编码为 {{declared}}，但内容不是有效的 {{declared}}，已按 {{encoding}} 解码',
      en: 'The page declares {{declared}} but is not valid {{declared}}; decoded as {{encoding}}',
    },
  },
  decodeReplaced: {
    severity: 'warning',
    text: {
      zh: '以 {{encoding}} 解码时有 {{count}} 处无效字节，已替换为 �',
      en: '{{count}} invalid byte sequences replaced with � while decoding as {{encoding}}',
    },
  },
  parseErrors: {
    severity: 'info',
    text: {
      zh: 'HTML 有 {{count}} 处语法错误，已按浏览器规则修复（第一处：{{first}}）',
      en: '{{count}} HTML syntax errors repaired the way browsers do (first: {{first}})',
    },
  },
  unclosedTags: {
    severity: 'info',
    text: {
      zh: '有 {{count}} 个元素没有结束标签（第一个：<{{tag}}>，{{place}}），已按浏览器规则闭合',
      en: '{{count}} elements without an end tag (first: <{{tag}}> at {{place}}), closed the way browsers do',
    },
  },
  nestingTooDeep: {
    severity: 'warning',
    text: {
      zh: '元素嵌套超过 {{limit}} 层，更深处的内容只保留文字',
      en: 'Elements nested deeper than {{limit}} levels; only the text below that depth was kept',
    },
  },
  layoutTable: {
    severity: 'info',
    text: {
      zh: '表格的单元格中还有表格，外层表格按版面布局读取，内层表格单独读取',
      en: 'A table holds tables in its cells: the outer table was read as page layout, the inner tables as tables',
    },
  },
  nestedTable: {
    severity: 'info',
    text: {
      zh: '表{{table}}的单元格中有表格，已作为表{{inner}}单独读取，不计入外层单元格的文字',
      en: 'A table inside a cell of table {{table}} was read as table {{inner}}, apart from the outer cell text',
    },
  },
  tableOverlap: {
    severity: 'warning',
    text: {
      zh: '表{{table}}有 {{count}} 处单元格重叠（rowspan/colspan），第一处在第 {{row}} 行第 {{col}} 列；保留先出现的单元格',
      en: '{{count}} overlapping slots in table {{table}} (rowspan/colspan), the first at row {{row}}, column {{col}}; kept the first cell',
    },
  },
  tableRagged: {
    severity: 'info',
    text: {
      zh: '表{{table}}有 {{count}} 行比其他行短，第一处：第 {{row}} 行从第 {{col}} 列起没有单元格',
      en: '{{count}} rows of table {{table}} are shorter than the others; the first is row {{row}}, empty from column {{col}}',
    },
  },
  tableOversized: {
    severity: 'warning',
    text: {
      zh: '表{{table}}的 rowspan/colspan 过大（第 {{row}} 行第 {{col}} 列起 {{count}} 个单元格），已按 1 处理',
      en: 'Spans too large in table {{table}} ({{count}} cells from row {{row}}, column {{col}}), read as 1',
    },
  },
  noContent: {
    severity: 'error',
    text: { zh: '页面中没有可读的文字或表格', en: 'Unexpected page without readable text or tables' },
  },
} satisfies Record<string, HtmlMessage>

export type HtmlMessageId = keyof typeof htmlMessages
