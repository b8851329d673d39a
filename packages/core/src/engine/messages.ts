import type { LocalizedText } from '../diagnostics/types.js'

/** The engine's own messages, given under the rule's id. */
export const engineMessages = {
  notAssessable: {
    zh: '无法检查：{{keys}}缺失或无法确定，规则“{{description}}”未作判断',
    en: 'Not assessable: {{keys}} missing or ambiguous, so “{{description}}” was not checked',
  },
  ruleError: {
    zh: '规则执行出错：{{error}}',
    en: 'The rule failed to run: {{error}}',
  },
} satisfies Record<string, LocalizedText>

/** Names up to six keys and counts the rest, so that one message stays readable. */
export function listKeys(keys: readonly string[], lang: 'zh' | 'en'): string {
  // Joined by hand: `slice(0, 6).join` costs several times more, once per rule not assessable.
  const separator = lang === 'zh' ? '、' : ', '
  let shown = keys[0] ?? ''
  for (let i = 1; i < keys.length && i < 6; i++) shown += separator + keys[i]!
  if (keys.length <= 6) return shown
  return lang === 'zh' ? `${shown} 等 ${keys.length} 项` : `${shown} and ${keys.length - 6} more`
}
