import type { FileResult } from '../types.js'
import { paint } from './color.js'
import { placeText } from './place.js'
import { padEnd, displayWidth } from './display-width.js'
import type { FormatOptions, Reporter } from './reporter.js'
import { totalsOf } from './totals.js'
import type { Totals } from './totals.js'
import { severityWord, summaryText } from './words.js'

const severityStyle = { error: 'red', warning: 'yellow', info: 'blue' } as const

/** Messages are padded to line up the rule ids, but one very long message does not push every row. */
const maxMessagePad = 72

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ')
}

/** One file's block: the path, then `location  severity  message  ruleId` rows, aligned. */
export function stylishFile(result: FileResult, options: FormatOptions = {}): string {
  if (result.diagnostics.length === 0) return ''
  const lang = options.lang ?? 'zh'
  const color = options.color ?? false
  const rows = result.diagnostics.map((diagnostic) => ({
    location: placeText(diagnostic),
    severity: diagnostic.severity,
    word: severityWord(diagnostic.severity, lang),
    message: oneLine(diagnostic.message),
    ruleId: diagnostic.ruleId,
  }))
  const widths = {
    location: Math.max(...rows.map((row) => displayWidth(row.location))),
    word: Math.max(...rows.map((row) => displayWidth(row.word))),
    message: Math.min(maxMessagePad, Math.max(...rows.map((row) => displayWidth(row.message)))),
  }
  const lines = rows.map((row) =>
    [
      '',
      paint(padEnd(row.location, widths.location), ['dim'], color),
      paint(padEnd(row.word, widths.word), [severityStyle[row.severity]], color),
      padEnd(row.message, widths.message),
      paint(row.ruleId, ['dim'], color),
    ].join('  ').trimEnd(),
  )
  return `${paint(result.filePath, ['underline'], color)}\n${lines.join('\n')}\n\n`
}

export function stylishSummary(totals: Totals, options: FormatOptions = {}): string {
  const color = options.color ?? false
  const text = summaryText(totals, options.lang ?? 'zh')
  const style = totals.errorCount > 0 ? 'red' : totals.warningCount > 0 ? 'yellow' : 'green'
  return `${paint(text, [style, 'bold'], color)}\n`
}

/** ESLint's `stylish` look; locations are `line:col`, `T2 R5 C4` (table, row, column) or `P7`. */
export function stylishReporter(options: FormatOptions = {}): Reporter {
  return {
    start: () => '',
    file: (result) => stylishFile(result, options),
    end: (totals) => stylishSummary(totals, options),
  }
}

export function formatStylish(results: readonly FileResult[], options: FormatOptions = {}): string {
  return results.map((result) => stylishFile(result, options)).join('') + stylishSummary(totalsOf(results), options)
}
