import { definePlugin, isSeriesRule, type ConfigObject, type Rule, type RuleLevel } from '@zfxxgk/core'
import { allRules } from './all-rules.js'

export const namespace = 'zfxxgk'

const levelOf = (rule: Rule): RuleLevel => (rule.meta.defaultSeverity === 'warning' ? 'warn' : rule.meta.defaultSeverity)
const settings = (rules: readonly Rule[]) => Object.fromEntries(rules.map((rule) => [`${namespace}/${rule.meta.id}`, levelOf(rule)]))

/** The plug-in: every rule under the namespace `zfxxgk`, with the presets `recommended` and `strict`. */
export const plugin = definePlugin({
  meta: { name: '@zfxxgk/rules', namespace, version: '0.1.0' },
  rules: Object.fromEntries(allRules.map((rule) => [rule.meta.id, rule])) as Record<string, Rule>,
  configs: {} as Record<'recommended' | 'strict', ConfigObject[]>,
})

/** The official rules (the format's own identities and structure) at their suggested severity. */
export const recommended: ConfigObject[] = [
  { name: 'zfxxgk/recommended', plugins: { [namespace]: plugin }, rules: settings(allRules.filter((rule) => rule.meta.level === 'official')) },
]

/** `recommended` plus every heuristic: strong ones as warnings, weak ones as info. */
export const strict: ConfigObject[] = [
  ...recommended,
  { name: 'zfxxgk/strict', rules: settings(allRules.filter((rule) => rule.meta.level === 'heuristic')) },
]

Object.assign(plugin.configs, { recommended, strict })

/** The rules that compare reports across years (used by `checkSeries`). */
export const seriesRules = allRules.filter(isSeriesRule)
