import { isAbsolute } from 'node:path'
import { pathToFileURL } from 'node:url'
import { formatLocation } from '@zfxxgk/core'
import type { Diagnostic } from '@zfxxgk/core'
import type { FileResult } from '../types.js'
import { placeOf } from './place.js'
import type { FormatOptions, Reporter } from './reporter.js'

const levels = { error: 'error', warning: 'warning', info: 'note' } as const

/**
 * A path as a SARIF artifact URI: absolute paths as `file://` URLs, relative ones with forward
 * slashes; both percent-encoded (Chinese names too).
 */
export function artifactUri(filePath: string): string {
  if (isAbsolute(filePath)) return pathToFileURL(filePath).href
  return encodeURI(filePath.split('\\').join('/'))
}

function logicalLocations(diagnostic: Diagnostic): object[] | undefined {
  const list: object[] = []
  for (const key of diagnostic.keys ?? []) list.push({ fullyQualifiedName: key, kind: 'member' })
  const { table, row, col, paragraph } = placeOf(diagnostic) ?? {}
  if (table !== undefined) {
    list.push({ name: formatLocation({ table, row, col }), fullyQualifiedName: `tables[${table}].rows[${row ?? ''}].cells[${col ?? ''}]`, kind: 'element' })
  } else if (paragraph !== undefined) {
    list.push({ name: `P${paragraph}`, fullyQualifiedName: `paragraphs[${paragraph}]`, kind: 'element' })
  }
  return list.length > 0 ? list : undefined
}

function locationOf(diagnostic: Diagnostic, uri: string, index: number): object {
  const { start, end } = placeOf(diagnostic) ?? {}
  const region = start
    ? { startLine: start.line, startColumn: start.column, ...(end ? { endLine: end.line, endColumn: end.column } : {}) }
    : undefined
  return {
    physicalLocation: { artifactLocation: { uri, index }, ...(region ? { region } : {}) },
    ...(logicalLocations(diagnostic) ? { logicalLocations: logicalLocations(diagnostic) } : {}),
  }
}

/**
 * SARIF 2.1.0, for code-scanning dashboards. Every diagnostic is a result (info → `note`), so
 * counts match the other formats; a fatal one (the file could not be read) is also listed in
 * `invocations[0].toolExecutionNotifications`. Table cells, which have no line, get
 * `logicalLocations` (`tables[2].rows[5].cells[4]`, 1-based as in `T2 R5 C4`) and the model keys.
 * SARIF is one JSON object, so this reporter keeps the results until the end of the run.
 */
export function sarifReporter(options: FormatOptions = {}): Reporter {
  const artifacts: object[] = []
  const results: object[] = []
  const notifications: object[] = []
  const rules: Array<{ id: string; helpUri?: string }> = []
  const ruleIndex = new Map<string, number>()

  function indexOfRule(diagnostic: Diagnostic): number {
    let index = ruleIndex.get(diagnostic.ruleId)
    if (index === undefined) {
      index = rules.length
      ruleIndex.set(diagnostic.ruleId, index)
      rules.push(diagnostic.url ? { id: diagnostic.ruleId, helpUri: diagnostic.url } : { id: diagnostic.ruleId })
    }
    return index
  }

  return {
    start: () => '',
    file(result) {
      const uri = artifactUri(result.filePath)
      const index = artifacts.length
      artifacts.push({ location: { uri } })
      for (const diagnostic of result.diagnostics) {
        const location = locationOf(diagnostic, uri, index)
        const properties: Record<string, unknown> = {}
        if (diagnostic.expected !== undefined) properties.expected = diagnostic.expected
        if (diagnostic.actual !== undefined) properties.actual = diagnostic.actual
        if (diagnostic.fatal) properties.fatal = true
        results.push({
          ruleId: diagnostic.ruleId,
          ruleIndex: indexOfRule(diagnostic),
          level: levels[diagnostic.severity],
          message: { text: diagnostic.message },
          locations: [location],
          ...(Object.keys(properties).length > 0 ? { properties } : {}),
        })
        if (diagnostic.fatal) {
          notifications.push({ level: 'error', message: { text: diagnostic.message }, descriptor: { id: diagnostic.ruleId }, locations: [location] })
        }
      }
      return ''
    },
    end() {
      const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
          {
            tool: { driver: { name: 'zfxxgk', ...(options.toolVersion ? { version: options.toolVersion } : {}), rules } },
            artifacts,
            results,
            invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
          },
        ],
      }
      return `${JSON.stringify(log, null, 2)}\n`
    },
  }
}

export function formatSarif(results: readonly FileResult[], options: FormatOptions = {}): string {
  const reporter = sarifReporter(options)
  for (const result of results) reporter.file(result)
  return reporter.end({ files: 0, filesWithProblems: 0, errorCount: 0, warningCount: 0, infoCount: 0, fatalErrorCount: 0 })
}
