import type { Severity } from '../diagnostics/types.js'
import type { RuleLevel } from './types.js'

const levels: Record<string, Severity | 'off'> = {
  error: 'error', '2': 'error', warn: 'warning', warning: 'warning', '1': 'warning', info: 'info', off: 'off', '0': 'off',
}

/** ESLint's and unified-lint's level words and numbers; `undefined` for anything else. */
export function normalizeLevel(level: RuleLevel | unknown): Severity | 'off' | undefined {
  if (typeof level !== 'string' && typeof level !== 'number') return undefined
  return Object.prototype.hasOwnProperty.call(levels, String(level)) ? levels[String(level)] : undefined
}
