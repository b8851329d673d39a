import type { RuleLevel } from '../types.js'
import { UsageError } from './usage-error.js'

const levelAliases: Record<string, RuleLevel> = {
  off: 'off',
  '0': 'off',
  info: 'info',
  warn: 'warn',
  warning: 'warn',
  '1': 'warn',
  error: 'error',
  '2': 'error',
}

/** `--rule zfxxgk/x=warn` (repeatable) → `{ 'zfxxgk/x': 'warn' }`; later flags win. */
export function parseRuleOptions(values: readonly string[]): Record<string, RuleLevel> {
  const rules: Record<string, RuleLevel> = {}
  for (const value of values) {
    const equals = value.lastIndexOf('=')
    const id = equals > 0 ? value.slice(0, equals).trim() : ''
    const level = levelAliases[equals > 0 ? value.slice(equals + 1).trim().toLowerCase() : '']
    if (!id || !level) {
      throw new UsageError(`--rule 应写作 <规则>=off|info|warn|error，而不是 ${value} (expected --rule <id>=off|info|warn|error)`)
    }
    rules[id] = level
  }
  return rules
}
