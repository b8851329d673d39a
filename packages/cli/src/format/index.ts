import { compactReporter } from './compact.js'
import { jsonReporter } from './json.js'
import type { ReporterFactory } from './reporter.js'
import { sarifReporter } from './sarif.js'
import { stylishReporter } from './stylish.js'

export const reporters = {
  stylish: stylishReporter,
  json: jsonReporter,
  sarif: sarifReporter,
  compact: compactReporter,
} satisfies Record<string, ReporterFactory>

export type FormatName = keyof typeof reporters
export const formatNames = Object.keys(reporters) as FormatName[]
