export type {
  Config, ConfigObject, FoundHeading, LintReportOptions, LintResult, OptionsSchema, Plugin, PluginMeta,
  ReportDescriptor, ReportFacts, ReportRule, ResolvedConfig, ResolvedRule, Rule, RuleContext, RuleDocs,
  RuleLevel, RuleMeta, RuleResults, RuleSetting, SeriesContext, SeriesEntry, SeriesReportDescriptor, SeriesRule,
} from './types.js'
export { defineConfig, definePlugin, defineRule, isSeriesRule } from './define.js'
export { normalizeLevel } from './severity.js'
export { resolveConfig } from './resolve-config.js'
export { readCell } from './cells.js'
export { lintReport } from './lint-report.js'
export { lintSeries } from './lint-series.js'
export type { LintSeriesOptions } from './lint-series.js'
