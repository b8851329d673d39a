import { defineRule } from '@zfxxgk/core'
import { docsUrl, only2021 } from '../../lib/docs.js'
import { findQuotes, locate, shorten } from '../../lib/text.js'

const notice60 = /国办公开办函\s*[〔[［(（]\s*2019\s*[〕\]］)）]\s*60\s*号/

/** S14: a report under the 2021 edition cites the superseded 国办公开办函〔2019〕60号. */
export const supersededNotice = defineRule({
  meta: {
    id: 'superseded-notice',
    spec: 'S14',
    type: 'suggestion',
    level: 'heuristic',
    defaultSeverity: 'info',
    editions: only2021,
    docs: {
      description: { zh: '不引用已被替代的国办公开办函〔2019〕60号', en: 'No citation of the superseded notice 国办公开办函〔2019〕60号' },
      url: docsUrl('superseded-notice'),
    },
    messages: {
      cited: {
        zh: '报告引用了已被〔2021〕30号替代的国办公开办函〔2019〕60号（“{{quote}}”）',
        en: 'The report cites 国办公开办函〔2019〕60号, superseded by 〔2021〕30号 (“{{quote}}”)',
      },
    },
  },
  check(report, context) {
    for (const { key, sentence } of findQuotes(report, notice60, undefined, ['60'])) {
      const quote = shorten(sentence)
      context.report({ messageId: 'cited', keys: [key], data: { quote }, actual: quote, location: locate(context.document, quote) })
    }
  },
})
