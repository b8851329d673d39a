import type { LocalizedText, Severity } from '@zfxxgk/core'

interface DocxMessage {
  severity: Severity
  text: LocalizedText
  /** The file cannot be read at all. */
  fatal?: boolean
}

/**
 * Every finding of the Word adapter (ruleId `docx/<messageId>`): what was expected and what was
 * found, in Chinese and English.
 */
export const docxMessages = {
  'not-a-zip': {
    severity: 'error',
    fatal: true,
    text: {
      zh: '文件不是 .docx（开头字节为 {{magic}}，不是 ZIP 压缩包），请确认文件是用 Word 或 WPS 保存的 .docx',
      en: 'Unexpected bytes {{magic}} at the start, expected a .docx file (a ZIP package) saved by Word or WPS',
    },
  },
  'pdf-not-docx': {
    severity: 'error',
    fatal: true,
    text: {
      zh: '这是一个 PDF 文件，不是 .docx；请用 PDF 的方式读取，或上传原始 Word 文件',
      en: 'Unexpected PDF file, expected a .docx file; read it as a PDF or upload the original Word file',
    },
  },
  'html-not-docx': {
    severity: 'error',
    fatal: true,
    text: {
      zh: '这是一个网页（HTML/MHT）文件，不是 .docx；请按 HTML 格式读取',
      en: 'Unexpected web page (HTML/MHT), expected a .docx file; read it as HTML',
    },
  },
  encrypted: {
    severity: 'error',
    fatal: true,
    text: {
      zh: '文件已加密（设置了打开密码），无法读取；请去掉密码后另存为 .docx 再上传',
      en: 'Unexpected encrypted (password-protected) document, expected an unencrypted .docx; remove the password and save again',
    },
  },
  'legacy-doc': {
    severity: 'error',
    fatal: true,
    text: {
      zh: '这是旧版 Word 97-2003 文档（.doc），不支持直接读取；请在 Word 或 WPS 中“另存为” .docx 格式后再上传',
      en: 'Unexpected legacy Word 97-2003 document (.doc), expected .docx; open it in Word or WPS and “Save As” .docx',
    },
  },
  'ole-not-word': {
    severity: 'error',
    fatal: true,
    text: {
      zh: '这是一个 Office 复合文档，但不是 Word 文档（未找到 WordDocument 流），应为 .docx',
      en: 'Unexpected Office compound file without a WordDocument stream, expected a .docx file',
    },
  },
  truncated: {
    severity: 'error',
    fatal: true,
    text: {
      zh: '.docx 文件不完整（{{reason}}），可能下载或上传时被截断；请重新获取完整文件',
      en: 'Unexpected incomplete .docx ({{reason}}), expected a complete file; it may have been cut off during download or upload',
    },
  },
  'too-many-entries': {
    severity: 'error',
    fatal: true,
    text: {
      zh: '压缩包内有 {{count}} 个条目，超过上限 {{limit}}，疑为恶意构造的压缩包，已拒绝读取',
      en: 'Unexpected {{count}} entries in the package, expected at most {{limit}}; refused as a possible zip bomb',
    },
  },
  'too-large': {
    severity: 'error',
    fatal: true,
    text: {
      zh: '压缩包声明解压后大小为 {{size}} 字节（{{part}}），超过上限 {{limit}} 字节，疑为压缩炸弹，已拒绝读取',
      en: 'Unexpected declared decompressed size of {{size}} bytes ({{part}}), expected at most {{limit}} bytes; refused as a possible zip bomb',
    },
  },
  'inflated-too-large': {
    severity: 'error',
    fatal: true,
    text: {
      zh: '{{part}} 实际解压超过 {{limit}} 字节（声明为 {{declared}} 字节），疑为压缩炸弹，已停止读取',
      en: 'Unexpected decompressed data beyond {{limit}} bytes in {{part}} (declared {{declared}} bytes); stopped as a possible zip bomb',
    },
  },
  'unsupported-compression': {
    severity: 'error',
    fatal: true,
    text: {
      zh: '{{part}} 使用了不支持的压缩方法 {{method}}，应为 0（存储）或 8（Deflate）',
      en: 'Unexpected compression method {{method}} in {{part}}, expected 0 (stored) or 8 (deflate)',
    },
  },
  'missing-main-part': {
    severity: 'error',
    fatal: true,
    text: {
      zh: '压缩包中没有 Word 正文（{{reason}}），这不是一个 .docx 文档',
      en: 'Unexpected package without a Word main document ({{reason}}), expected a .docx',
    },
  },
  'empty-body': {
    severity: 'error',
    fatal: true,
    text: {
      zh: '{{part}} 中没有可读的文字或表格：正文为空，或不在 WordprocessingML 命名空间的 w:body 中',
      en: 'Unexpected main document {{part}} without text or tables, expected a w:body in the WordprocessingML namespace with the report',
    },
  },
  'xml-doctype': {
    severity: 'error',
    fatal: true,
    text: {
      zh: '{{part}} 含有 DOCTYPE 声明；Word 从不写入 DOCTYPE，为防止实体扩展攻击已拒绝读取',
      en: 'Unexpected DOCTYPE in {{part}}, expected none (Word never writes one); refused to prevent entity expansion',
    },
  },
  'xml-malformed': {
    severity: 'error',
    fatal: true,
    text: {
      zh: '{{part}} 不是格式正确的 XML（{{reason}}）',
      en: 'Unexpected malformed XML in {{part}} ({{reason}})',
    },
  },
  'part-unreadable': {
    severity: 'warning',
    text: {
      zh: '辅助部件 {{part}} 无法读取（{{reason}}），自动编号可能缺失',
      en: 'Could not read the auxiliary part {{part}} ({{reason}}); automatic numbering may be missing',
    },
  },
  'invalid-vertical-merge': {
    severity: 'warning',
    text: {
      zh: '单元格标记为纵向合并的延续，但上方同一列没有可合并的起始单元格（{{reason}}），按独立单元格读取',
      en: 'Unexpected vertical-merge continuation without a matching cell above ({{reason}}), read as a separate cell',
    },
  },
  'merged-cell-text': {
    severity: 'info',
    text: {
      zh: '纵向合并的延续单元格中有文字“{{text}}”，已并入合并单元格',
      en: 'Text “{{text}}” in a vertical-merge continuation cell was appended to the merged cell',
    },
  },
  'nested-table': {
    severity: 'info',
    text: {
      zh: '单元格内嵌套了表格，其文字已并入该单元格（行以换行、格以制表符分隔）',
      en: 'A table nested in this cell was read as the cell’s text (rows on lines, cells separated by tabs)',
    },
  },
  'cell-overlap': {
    severity: 'warning',
    text: {
      zh: '表格中的单元格相互重叠（合并范围冲突）',
      en: 'Unexpected overlapping cells (conflicting merges) in the table',
    },
  },
  'ragged-row': {
    severity: 'info',
    text: {
      zh: '该行的单元格少于表格列数，缺少的位置按空白处理',
      en: 'This row has fewer cells than the table has columns; the missing slots are read as blank',
    },
  },
} as const satisfies Record<string, DocxMessage>

export type DocxMessageId = keyof typeof docxMessages
