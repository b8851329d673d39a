import type { FileResult } from '../types.js'
import { placeText } from './place.js'
import type { FormatOptions, Reporter } from './reporter.js'
import { totalsOf } from './totals.js'
import { severityWord, summaryText } from './words.js'

/** ESLint's `compact`: one line per finding, `path: location, Severity - message (ruleId)`; easy to grep. */
export function compactFile(result: FileResult, options: FormatOptions = {}): string {
  const lang = options.lang ?? 'zh'
  return result.diagnostics
    .map((diagnostic) => {
      const location = placeText(diagnostic)
      const message = diagnostic.message.replace(/\s*\n\s*/g, ' ')
      return `${result.filePath}: ${location}, ${severityWord(diagnostic.severity, lang)} - ${message} (${diagnostic.ruleId})\n`
    })
    .join('')
}

export function compactReporter(options: FormatOptions = {}): Reporter {
  return {
    start: () => '',
    file: (result) => compactFile(result, options),
    end: (totals) => `\n${summaryText(totals, options.lang ?? 'zh')}\n`,
  }
}

export function formatCompact(results: readonly FileResult[], options: FormatOptions = {}): string {
  return results.map((result) => compactFile(result, options)).join('') + `\n${summaryText(totalsOf(results), options.lang ?? 'zh')}\n`
}
