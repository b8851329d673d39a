import { defineRule, type ReviewGroupKey } from '@zfxxgk/core'
import { both, docsUrl } from './docs.js'
import { sum } from './sum.js'

const parts = ['upheld', 'corrected', 'otherResult', 'pending'] as const

/** T4-1..3 share their shape: one group of table 四, 总计 = 维持 + 纠正 + 其他 + 尚未审结. */
export function reviewGroupTotalRule(group: ReviewGroupKey, id: string, spec: string, label: { zh: string; en: string }) {
  // The keys are the same for every report: built once (and frozen, so the engine can keep
  // their slots), not per check.
  const partKeys = parts.map((part) => `reviewLitigation.${group}.${part}`)
  const totalKey = `reviewLitigation.${group}.total`
  const keys = Object.freeze([...partKeys, totalKey])
  return defineRule({
    meta: {
      id,
      spec,
      type: 'problem',
      level: 'official',
      defaultSeverity: 'error',
      editions: both,
      docs: {
        description: {
          zh: `表四${label.zh}：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结`,
          en: `Table 四, ${label.en}: total equals upheld + corrected + other + pending`,
        },
        url: docsUrl(id),
      },
      messages: {
        mismatch: {
          zh: `表四${label.zh}总计为 {{actual}}，结果维持 {{upheld}} + 结果纠正 {{corrected}} + 其他结果 {{otherResult}} + 尚未审结 {{pending}} = {{expected}}`,
          en: `Unexpected ${label.en} total {{actual}} in table 四, expected {{expected}} (upheld {{upheld}} + corrected {{corrected}} + other {{otherResult}} + pending {{pending}})`,
        },
      },
    },
    check(_report, context) {
      const values = context.cells(keys)
      if (!values) return
      const total = values.pop()!
      const expected = sum(values)
      if (expected === total) return
      const [upheld, corrected, otherResult, pending] = values as [number, number, number, number]
      context.report({
        messageId: 'mismatch',
        keys: [totalKey, ...partKeys],
        data: { actual: total, expected, upheld, corrected, otherResult, pending },
        expected: `${expected}`,
        actual: `${total}`,
      })
    },
  })
}
