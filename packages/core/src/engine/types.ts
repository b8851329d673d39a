import type * as v from 'valibot'
import type { Diagnostic, Lang, LocalizedText, Severity } from '../diagnostics/types.js'
import type { SourceLocation } from '../document/location.js'
import type { SourceDocument } from '../document/types.js'
import type { Edition } from '../model/edition.js'
import type { SectionKey } from '../model/layout-sections.js'
import type { Report } from '../model/schema.js'
import type { CellStatus, SourceMap } from '../source-map.js'

/** A rule's options: a valibot schema whose output (with its defaults) the rule receives. */
export type OptionsSchema<Options> = v.GenericSchema<unknown, Options>

export interface RuleDocs {
  description: LocalizedText
  /** The rule's documentation page. */
  url: string
}

export interface RuleMeta<MessageIds extends string = string, Options = unknown> {
  /** Stable kebab-case id, without the plug-in's namespace. */
  id: string
  /** The id of the rule in the format specification (§3) that this rule implements, e.g. `T3-1`. */
  spec?: string
  /** `problem`: the report is wrong; `suggestion`: the report is probably improvable. */
  type: 'problem' | 'suggestion'
  /** `official`: required by the format; `heuristic`: a breach usually, not always, is a mistake. */
  level: 'official' | 'heuristic'
  /** The severity the presets give the rule. */
  defaultSeverity: Severity
  /** Editions the rule applies to; for others it is skipped. */
  editions: readonly Edition[]
  docs: RuleDocs
  messages: Record<MessageIds, LocalizedText>
  /** Valibot schema of the options, with their defaults; absent when the rule takes none. */
  options?: OptionsSchema<Options>
}

/** What a rule says about a finding; the engine adds severity, rule id, source, url and locations. */
export interface ReportDescriptor<MessageIds extends string = string> {
  messageId: MessageIds
  data?: Record<string, string | number | null>
  /** Model keys involved, as dot paths; their sources are attached by the engine. */
  keys?: string[]
  expected?: string
  actual?: string
  /** Where the finding is, when it is not a cell (a sentence, a heading). */
  location?: SourceLocation
}

/** A heading the mapper recognised, in document order. */
export interface FoundHeading {
  key: SectionKey
  text: string
  location?: SourceLocation
}

/** Facts about the document that the model does not hold, filled in by the mapper. */
export interface ReportFacts {
  headings?: FoundHeading[]
}

interface ContextBase<MessageIds extends string, Options> {
  /** The rule's full id, `<namespace>/<id>`. */
  readonly id: string
  readonly options: Options
  readonly lang: Lang
  report(descriptor: ReportDescriptor<MessageIds>): void
  /**
   * Marks keys (or text sections) the rule needed but could not read. When the rule reports
   * nothing else, its outcome is "not assessable" and one info diagnostic names these keys.
   */
  unassessable(keys: string | readonly string[]): void
}

export interface RuleContext<MessageIds extends string = string, Options = unknown> extends ContextBase<MessageIds, Options> {
  readonly edition: Edition
  /** Where each key's value came from; absent for reports not built by the parser. */
  readonly sourceMap: Readonly<SourceMap> | undefined
  /** The parser's own findings (`parse/*`); absent when not parsed. */
  readonly parseDiagnostics: readonly Diagnostic[] | undefined
  readonly document: SourceDocument | undefined
  readonly facts: ReportFacts | undefined
  /** How a cell's value was obtained, where the source map says. */
  status(key: string): CellStatus | undefined
  /**
   * A cell's value, or `undefined` (and the key is marked unassessable) when the cell is null,
   * blank, missing, ambiguous, unreadable or a placeholder.
   */
  cell(key: string): number | undefined
  /** All the cells' values, or `undefined` when any cannot be read (all such keys are marked). */
  cells(keys: readonly string[]): number[] | undefined
}

export interface ReportRule<MessageIds extends string = string, Options = any> {
  meta: RuleMeta<MessageIds, Options>
  check(report: Report, context: RuleContext<MessageIds, Options>): void
}

/** One report of a series, with its source map where parsed. */
export interface SeriesEntry {
  report: Report
  sourceMap?: SourceMap
}

/** A finding across years names the report it is about (usually the later one). */
export interface SeriesReportDescriptor<MessageIds extends string = string> extends ReportDescriptor<MessageIds> {
  /** Index in the series (sorted by report year) of the report the keys belong to. */
  entry: number
}

export interface SeriesContext<MessageIds extends string = string, Options = unknown> extends Omit<ContextBase<MessageIds, Options>, 'report'> {
  report(descriptor: SeriesReportDescriptor<MessageIds>): void
  /** A cell of one report of the series, as `RuleContext.cell`. */
  cell(entry: number, key: string): number | undefined
}

/** A rule over one agency's reports of several years, sorted by report year. */
export interface SeriesRule<MessageIds extends string = string, Options = any> {
  meta: RuleMeta<MessageIds, Options>
  checkSeries(series: readonly SeriesEntry[], context: SeriesContext<MessageIds, Options>): void
}

export type Rule<MessageIds extends string = string, Options = any> = ReportRule<MessageIds, Options> | SeriesRule<MessageIds, Options>

export interface PluginMeta {
  /** Package name, used as the `source` of the plug-in's diagnostics. */
  name: string
  /** Prefix of the plug-in's rule ids in configuration (`zfxxgk/…`). */
  namespace: string
  version?: string
}

export interface Plugin {
  meta: PluginMeta
  rules: Record<string, Rule>
  configs?: Record<string, ConfigObject[]>
}

/** ESLint-style levels; `warn` gives `warning` diagnostics. */
export type RuleLevel = 'error' | 'warn' | 'warning' | 'info' | 'off' | 0 | 1 | 2
export type RuleSetting = RuleLevel | [RuleLevel] | [RuleLevel, unknown]

/** One object of a flat configuration; later objects override earlier ones. */
export interface ConfigObject {
  name?: string
  /** Plug-ins by namespace. */
  plugins?: Record<string, Plugin>
  rules?: Record<string, RuleSetting>
}

/** A flat configuration: an object or a (nested) array of objects. */
export type Config = ConfigObject | readonly Config[]

export interface ResolvedRule {
  /** `<namespace>/<id>`. */
  ruleId: string
  rule: Rule
  plugin: Plugin
  severity: Severity
  options: unknown
}

export interface ResolvedConfig {
  rules: ResolvedRule[]
}

/** Rule ids by outcome. */
export interface RuleResults {
  passed: string[]
  failed: string[]
  /** Cells or text the rule needs are missing or ambiguous: one info diagnostic says which. */
  notAssessable: string[]
  /** Rules that do not apply to the report's edition. */
  skipped: string[]
}

export interface LintReportOptions {
  config: Config
  sourceMap?: SourceMap
  lang?: Lang
  document?: SourceDocument
  parseDiagnostics?: Diagnostic[]
  facts?: ReportFacts
}

export interface LintResult {
  diagnostics: Diagnostic[]
  results: RuleResults
}
