import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { ParseArgsConfig } from 'node:util'
import type { Lang } from '@zfxxgk/core'
import { exportFormats } from '../export/writers.js'
import type { ExportFormat } from '../export/writers.js'
import { formatNames } from '../format/index.js'
import type { FormatName } from '../format/index.js'
import type { PresetName, RuleLevel } from '../types.js'
import { parseRuleOptions } from './rule-option.js'
import { UsageError } from './usage-error.js'

type Options = NonNullable<ParseArgsConfig['options']>

/** Options of both commands. */
const commonOptions = {
  help: { type: 'boolean', short: 'h' },
  preset: { type: 'string' },
  rule: { type: 'string', multiple: true },
  config: { type: 'string', short: 'c' },
  lang: { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  timeout: { type: 'string' },
  progress: { type: 'boolean' },
  'no-progress': { type: 'boolean' },
  output: { type: 'string', short: 'o' },
  ignore: { type: 'string', multiple: true },
} satisfies Options

const checkOptions = {
  ...commonOptions,
  format: { type: 'string', short: 'f' },
  quiet: { type: 'boolean', short: 'q' },
  'max-warnings': { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  series: { type: 'boolean' },
} satisfies Options

const exportOptions = {
  ...commonOptions,
  to: { type: 'string', short: 't' },
  bom: { type: 'boolean' },
} satisfies Options

export interface CommonArgs {
  help: boolean
  inputs: string[]
  preset: PresetName
  rules: Record<string, RuleLevel>
  configFile?: string
  lang: Lang
  /** `undefined`: as many as pay off (see `autoJobs`). */
  jobs?: number
  timeoutMs: number
  /** `undefined`: show progress when stderr is a terminal. */
  progress?: boolean
  output?: string
  /** `--ignore` globs, repeatable. */
  ignore: string[]
}

export interface CheckArgs extends CommonArgs {
  format: FormatName
  quiet: boolean
  maxWarnings?: number
  /** `undefined`: colour when the output is a terminal and `NO_COLOR` is not set. */
  color?: boolean
  /** Compare each agency's consecutive years. */
  series: boolean
}

export interface ExportArgs extends CommonArgs {
  to: ExportFormat
  bom: boolean
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new UsageError(`--${name} 只能是 ${allowed.join('|')}，而不是 ${value} (expected one of ${allowed.join(', ')})`)
}

function count(name: string, value: string, minimum: number): number {
  const number = Number(value)
  if (!Number.isInteger(number) || number < minimum) {
    throw new UsageError(`--${name} 应为不小于 ${minimum} 的整数，而不是 ${value} (expected an integer ≥ ${minimum})`)
  }
  return number
}

function parse<O extends Options>(args: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
}

type Values = Record<string, string | boolean | string[] | undefined>

function common(values: Values, positionals: string[]): CommonArgs {
  const text = (name: string) => values[name] as string | undefined
  return {
    help: values.help === true,
    inputs: positionals,
    preset: oneOf('preset', text('preset') ?? 'recommended', ['recommended', 'strict'] as const),
    rules: parseRuleOptions((values.rule as string[] | undefined) ?? []),
    configFile: text('config') === undefined ? undefined : resolve(text('config')!),
    lang: oneOf('lang', text('lang') ?? 'zh', ['zh', 'en'] as const),
    jobs: text('jobs') === undefined ? undefined : count('jobs', text('jobs')!, 1),
    timeoutMs: (text('timeout') === undefined ? 120 : count('timeout', text('timeout')!, 1)) * 1000,
    progress: values['no-progress'] ? false : values.progress ? true : undefined,
    output: text('output'),
    ignore: (values.ignore as string[] | undefined) ?? [],
  }
}

export function parseCheckArgs(args: readonly string[]): CheckArgs {
  const { values, positionals } = parse(args, checkOptions)
  const base = common(values, positionals)
  return {
    ...base,
    format: oneOf('format', values.format ?? 'stylish', formatNames),
    quiet: values.quiet === true,
    maxWarnings: values['max-warnings'] === undefined ? undefined : count('max-warnings', values['max-warnings'], 0),
    color: values['no-color'] ? false : values.color ? true : undefined,
    series: values.series === true,
  }
}

export function parseExportArgs(args: readonly string[]): ExportArgs {
  const { values, positionals } = parse(args, exportOptions)
  const base = common(values, positionals)
  if (!base.help && values.to === undefined) throw new UsageError('export 需要 --to csv|json|jsonl (export needs --to csv|json|jsonl)')
  return { ...base, to: oneOf('to', values.to ?? 'csv', exportFormats), bom: values.bom === true }
}
