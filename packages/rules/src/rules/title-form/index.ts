import { defineRule } from '@zfxxgk/core'
import { both, docsUrl } from '../../lib/docs.js'
import { compact } from '../../lib/text.js'

// {机关}{Y}年(度)政府信息公开工作年度报告, or the year first; 年报 is the short form.
const canonical = /^(?:(.+?)(\d{4})年度?|(\d{4})年度?(.+?))政府信息公开(?:工作)?(?:年度报告|年报)$/

/**
 * S7: the title reads `{机关}{Y}年政府信息公开工作年度报告` (or with 年度, or the year first).
 * A title not found in the text is not assessable: text renderings often lose it to the page header.
 */
export const titleForm = defineRule({
  meta: {
    id: 'title-form',
    spec: 'S7',
    type: 'suggestion',
    level: 'heuristic',
    defaultSeverity: 'warning',
    editions: both,
    docs: {
      description: { zh: '标题为“{机关}{年度}年政府信息公开工作年度报告”', en: 'The title reads {body}{year}年政府信息公开工作年度报告' },
      url: docsUrl('title-form'),
    },
    messages: {
      unexpectedForm: {
        zh: '标题“{{title}}”不是“{机关}{年度}年政府信息公开工作年度报告”的形式',
        en: 'Unexpected title `{{title}}`, expected the form {body}{year}年政府信息公开工作年度报告',
      },
    },
  },
  check(report, context) {
    const title = report.meta.title
    if (title === null) {
      context.unassessable('meta.title')
      return
    }
    if (canonical.test(compact(title))) return
    context.report({ messageId: 'unexpectedForm', keys: ['meta.title'], data: { title }, expected: '{机关}{Y}年政府信息公开工作年度报告', actual: title })
  },
})
