import type { LocalizedText, Severity } from './types.js'

interface ParseMessage {
  severity: Severity
  text: LocalizedText
}

/**
 * The parser's own findings (ruleId `parse/<kebab-id>`). Each says what was expected and what
 * was found; the location and model keys are attached where they are reported.
 */
export const parseMessages = {
  emptyInput: {
    severity: 'error',
    text: { zh: '输入为空，应为一份政府信息公开工作年度报告', en: 'Unexpected empty input, expected an annual report' },
  },
  binaryInput: {
    severity: 'error',
    text: {
      zh: '输入不是可读的文本（{{reason}}），应为文本、HTML 或 Word 文件',
      en: 'Unexpected binary input ({{reason}}), expected text, HTML or a Word file',
    },
  },
  decodeReplaced: {
    severity: 'warning',
    text: {
      zh: '以 {{encoding}} 解码时有 {{count}} 处无效字节，已替换为 �',
      en: '{{count}} invalid byte sequences replaced with � while decoding as {{encoding}}',
    },
  },
  unknownFormat: {
    severity: 'error',
    text: { zh: '不支持的格式“{{format}}”，可用：{{available}}', en: 'Unknown format `{{format}}`, expected one of {{available}}' },
  },
  adapterFailed: {
    severity: 'error',
    text: { zh: '{{format}} 解析失败：{{reason}}', en: 'Could not read the {{format}} document: {{reason}}' },
  },
  notAReport: {
    severity: 'error',
    text: {
      zh: '未找到年度报告的章节或表格，这不像一份政府信息公开工作年度报告',
      en: 'Unexpected document without report sections or tables, expected a government information disclosure annual report',
    },
  },
  aboutReport: {
    severity: 'error',
    text: {
      zh: '这是一篇关于年度报告的文章（“{{title}}”），不是年度报告本身',
      en: 'Unexpected document about a report (“{{title}}”), expected the report itself',
    },
  },
  legacyEdition: {
    severity: 'error',
    text: {
      zh: '表格为 2019 年以前的旧格式（{{marker}}），不在支持范围内',
      en: 'Unexpected pre-2019 table format ({{marker}}), expected the 2019 or 2021 edition',
    },
  },
  editionUnknown: {
    severity: 'warning',
    text: {
      zh: '无法从表格标签判断版式，按 {{edition}} 版解析',
      en: 'Could not tell the edition from the table labels, read as the {{edition}} edition',
    },
  },
  editionMixed: {
    severity: 'warning',
    text: {
      zh: '版式混用：表二为 {{disclosure}} 版，表三为 {{applications}} 版',
      en: 'Mixed editions: table 二 is the {{disclosure}} edition, table 三 the {{applications}} edition',
    },
  },
  sectionMissing: {
    severity: 'warning',
    text: { zh: '未找到章节“{{heading}}”', en: 'Missing section `{{heading}}`' },
  },
  headingVariant: {
    severity: 'info',
    text: {
      zh: '章节标题“{{found}}”不是规范写法，应为“{{expected}}”',
      en: 'Unexpected heading `{{found}}`, expected `{{expected}}`',
    },
  },
  tableMissing: {
    severity: 'error',
    text: { zh: '“{{heading}}”中没有表格', en: 'Missing table in `{{heading}}`' },
  },
  tablesEmpty: {
    severity: 'error',
    text: { zh: '表格只有标签，没有填写任何数值', en: 'Unexpected empty tables: labels without any values' },
  },
  rowMissing: {
    severity: 'error',
    text: { zh: '表{{table}}缺少行“{{label}}”', en: 'Missing row `{{label}}` in table {{table}}' },
  },
  rowDuplicated: {
    severity: 'warning',
    text: {
      zh: '行“{{label}}”重复出现，沿用第一次的数值',
      en: 'Unexpected repeated row `{{label}}`, kept the first one',
    },
  },
  alignmentAmbiguous: {
    severity: 'warning',
    text: {
      zh: '行“{{label}}”应有 {{expected}} 个数值，实有 {{found}} 个，无法确定缺哪一列；{{resolution}}',
      en: 'Row `{{label}}` has {{found}} values for {{expected}} columns and the missing column is unknown; {{resolution}}',
    },
  },
  tooManyValues: {
    severity: 'error',
    text: {
      zh: '行“{{label}}”应有 {{expected}} 个数值，实有 {{found}} 个',
      en: 'Row `{{label}}` has {{found}} values, expected {{expected}}',
    },
  },
  cellUnreadable: {
    severity: 'error',
    text: { zh: '单元格“{{raw}}”不是数字', en: 'Unexpected `{{raw}}` in a number cell, expected a number' },
  },
  cellPlaceholder: {
    severity: 'warning',
    text: { zh: '单元格“{{raw}}”是未填写的占位符', en: 'Unexpected placeholder `{{raw}}`, expected a number' },
  },
  cellNotApplicable: {
    severity: 'info',
    text: { zh: '单元格“{{raw}}”表示不适用，按空值处理', en: 'Cell `{{raw}}` means not applicable, read as empty' },
  },
  unitUnexpected: {
    severity: 'warning',
    text: {
      zh: '单元格“{{raw}}”的单位“{{unit}}”与表头不符，应为{{expected}}',
      en: 'Unexpected unit `{{unit}}` in `{{raw}}`, expected {{expected}}',
    },
  },
  extensionRow: {
    severity: 'warning',
    text: {
      zh: '表{{table}}有格式之外的行“{{label}}”，已保留在 extensions 中，不计入总计',
      en: 'Unknown row `{{label}}` in table {{table}} kept under extensions, not added to totals',
    },
  },
  headerColumnMissing: {
    severity: 'info',
    text: {
      zh: '表头中找不到列“{{label}}”，数值按规范位置读取',
      en: 'Missing header `{{label}}`, values read by canonical position',
    },
  },
  unlabeledValues: {
    severity: 'warning',
    text: {
      zh: '一组数值没有行标签，按规范顺序归入“{{label}}”',
      en: 'Values without a row label, placed in `{{label}}` by canonical order',
    },
  },
  strayValues: {
    severity: 'warning',
    text: {
      zh: '表{{table}}中有无法归属的数值：{{values}}',
      en: 'Values in table {{table}} that belong to no row: {{values}}',
    },
  },
  inputTruncated: {
    severity: 'error',
    text: {
      zh: '输入过大（{{size}}），只读取了前 {{limit}}',
      en: 'Input too large ({{size}}), only the first {{limit}} were read',
    },
  },
  blankCells: {
    severity: 'info',
    text: {
      zh: '{{count}} 个单元格为空（未填写），按空值读取；相关的勾稽关系无法核对',
      en: '{{count}} blank cells read as empty; the totals that need them cannot be checked',
    },
  },
  tableIgnored: {
    severity: 'info',
    text: {
      zh: '表格 {{table}} 不含年度报告的标签，未作为报告表格读取',
      en: 'Table {{table}} has no labels of the report format and was not read as a report table',
    },
  },
  rowOutOfEdition: {
    severity: 'warning',
    text: {
      zh: '行“{{label}}”不属于 {{edition}} 版格式，已保留在 extensions 中',
      en: 'Row `{{label}}` is not part of the {{edition}} edition, kept under extensions',
    },
  },
  headerColumnOrder: {
    severity: 'info',
    text: {
      zh: '表{{table}}第 {{position}} 列表头为“{{found}}”，应为“{{expected}}”；数值按规范位置读取',
      en: 'Header {{position}} of table {{table}} is `{{found}}`, expected `{{expected}}`; values read by canonical position',
    },
  },
} satisfies Record<string, ParseMessage>

export type ParseMessageId = keyof typeof parseMessages
