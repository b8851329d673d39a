import { defineRule } from '@zfxxgk/core'
import { docsUrl, only2021 } from '../../lib/docs.js'

/** The five areas the 2021 format lists for section 一, each with the words reports use for it. */
export const topics = [
  { topic: '主动公开', words: /主动公开|主动发布|及时公开|发布[^。；]{0,12}信息/ },
  { topic: '依申请公开', words: /依申请|申请公开/ },
  { topic: '政府信息管理', words: /信息管理|管理|审核|保密审查|公开目录/ },
  { topic: '政府信息公开平台建设', words: /平台|网站|公众号|新媒体|公开栏|公开专区/ },
  { topic: '监督保障', words: /监督|保障|考核|培训|评议|责任/ },
] as const

/** S11: under the 2021 edition, section 一 touches the five required areas. */
export const overviewTopics = defineRule({
  meta: {
    id: 'overview-topics',
    spec: 'S11',
    type: 'suggestion',
    level: 'heuristic',
    defaultSeverity: 'info',
    editions: only2021,
    docs: {
      description: { zh: '第一部分涵盖五个方面的内容', en: 'Section 一 covers the five required areas' },
      url: docsUrl('overview-topics'),
    },
    messages: {
      topicMissing: {
        zh: '第一部分没有谈到“{{topic}}”，2021 年版格式要求总体情况涵盖主动公开、依申请公开、政府信息管理、平台建设、监督保障五个方面',
        en: 'Section 一 does not speak of `{{topic}}`; the 2021 format asks it to cover five areas',
      },
    },
  },
  check(report, context) {
    if (report.overview === null) {
      context.unassessable('overview')
      return
    }
    for (const { topic, words } of topics) {
      if (!words.test(report.overview)) context.report({ messageId: 'topicMissing', keys: ['overview'], data: { topic }, expected: topic })
    }
  },
})
