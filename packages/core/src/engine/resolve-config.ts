import * as v from 'valibot'
import type { Severity } from '../diagnostics/types.js'
import { defineConfig } from './define.js'
import { normalizeLevel } from './severity.js'
import type { Config, Plugin, ResolvedConfig, ResolvedRule, Rule } from './types.js'

interface Setting {
  severity: Severity | 'off'
  options: unknown
  hasOptions: boolean
}

const cache = new WeakMap<object, ResolvedConfig>()

/**
 * Validates a flat configuration and resolves it into the rules to run, each with its severity
 * and options (user options over the schema's defaults). Invalid configuration is a programming
 * error: it throws one error that names the rule and the bad level or option.
 */
export function resolveConfig(config: Config): ResolvedConfig {
  const cached = cache.get(config)
  if (cached) return cached
  const objects = defineConfig(config)
  const plugins = new Map<string, Plugin>()
  const settings = new Map<string, Setting>()
  for (const object of objects) {
    if (object === null || typeof object !== 'object') throw new TypeError(`Invalid configuration object: ${String(object)}`)
    for (const [namespace, plugin] of Object.entries(object.plugins ?? {})) {
      if (!plugin || typeof plugin !== 'object' || !plugin.rules) throw new TypeError(`Invalid plug-in "${namespace}": expected { meta, rules }`)
      const existing = plugins.get(namespace)
      if (existing && existing !== plugin) throw new Error(`Plug-in namespace "${namespace}" is defined twice with different plug-ins`)
      plugins.set(namespace, plugin)
    }
    for (const [ruleId, value] of Object.entries(object.rules ?? {})) {
      settings.set(ruleId, readSetting(ruleId, value, settings.get(ruleId)))
    }
  }
  const rules: ResolvedRule[] = []
  for (const [ruleId, setting] of settings) {
    const { plugin, rule } = findRule(ruleId, plugins)
    if (setting.severity === 'off') continue
    rules.push({ ruleId, rule, plugin, severity: setting.severity, options: validateOptions(ruleId, rule, setting) })
  }
  const resolved = { rules }
  cache.set(config, resolved)
  return resolved
}

function readSetting(ruleId: string, value: unknown, previous: Setting | undefined): Setting {
  const [level, ...rest] = Array.isArray(value) ? value : [value]
  const severity = normalizeLevel(level)
  if (severity === undefined) {
    throw new TypeError(`Invalid level for rule "${ruleId}": ${JSON.stringify(level)}; expected "error", "warn", "info" or "off" (or 2, 1, 0)`)
  }
  if (rest.length > 1) throw new TypeError(`Invalid setting for rule "${ruleId}": expected [level, options], got ${rest.length + 1} items`)
  // As in ESLint, a bare level keeps the options set by an earlier config object.
  if (rest.length === 0) return { severity, options: previous?.options, hasOptions: previous?.hasOptions ?? false }
  return { severity, options: rest[0], hasOptions: true }
}

function findRule(ruleId: string, plugins: Map<string, Plugin>): { plugin: Plugin; rule: Rule } {
  const slash = ruleId.lastIndexOf('/')
  const namespace = slash === -1 ? '' : ruleId.slice(0, slash)
  const plugin = plugins.get(namespace)
  if (!plugin) {
    const known = [...plugins.keys()].join(', ') || 'none'
    throw new Error(`Unknown rule "${ruleId}": no plug-in with namespace "${namespace}" is configured (configured: ${known})`)
  }
  const rule = plugin.rules[ruleId.slice(slash + 1)]
  if (!rule) throw new Error(`Unknown rule "${ruleId}": plug-in "${plugin.meta.name}" has no rule "${ruleId.slice(slash + 1)}"`)
  return { plugin, rule }
}

function validateOptions(ruleId: string, rule: Rule, setting: Setting): unknown {
  const schema = rule.meta.options
  if (!schema) {
    if (setting.hasOptions && setting.options !== undefined) throw new TypeError(`Invalid options for rule "${ruleId}": the rule takes no options`)
    return undefined
  }
  const result = v.safeParse(schema, setting.options ?? {})
  if (result.success) return result.output
  const issue = result.issues[0]
  const path = v.getDotPath(issue)
  const where = path ? `option "${path}"` : 'options'
  throw new TypeError(`Invalid options for rule "${ruleId}": ${where}: ${issue.message}`)
}
