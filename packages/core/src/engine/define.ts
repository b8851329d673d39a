import type { Config, ConfigObject, Plugin, ReportRule, Rule, SeriesRule } from './types.js'

/**
 * Makes a rule. An identity function whose value is the typing: message ids and the options
 * type are inferred from `meta`, so `context.report({ messageId })` and `context.options` are checked.
 */
export function defineRule<MessageIds extends string, Options = undefined>(rule: ReportRule<MessageIds, Options>): ReportRule<MessageIds, Options>
export function defineRule<MessageIds extends string, Options = undefined>(rule: SeriesRule<MessageIds, Options>): SeriesRule<MessageIds, Options>
export function defineRule(rule: Rule): Rule {
  return rule
}

export function definePlugin<P extends Plugin>(plugin: P): P {
  return plugin
}

/** Flattens nested configuration arrays into one list of config objects. */
export function defineConfig(...configs: Config[]): ConfigObject[] {
  const out: ConfigObject[] = []
  const visit = (config: Config): void => {
    if (Array.isArray(config)) for (const item of config as readonly Config[]) visit(item)
    else out.push(config as ConfigObject)
  }
  for (const config of configs) visit(config)
  return out
}

export function isSeriesRule(rule: Rule): rule is SeriesRule {
  return typeof (rule as SeriesRule).checkSeries === 'function'
}
