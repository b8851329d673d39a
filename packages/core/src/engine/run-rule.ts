import { createDiagnostic } from '../diagnostics/create.js'
import type { Diagnostic, KeySource, Lang } from '../diagnostics/types.js'
import type { SourceMap } from '../source-map.js'
import { engineMessages, listKeys } from './messages.js'
import type { ReportDescriptor, ResolvedRule, RuleResults } from './types.js'

/** Collects what one rule reports and decides its outcome. */
export interface RuleRun {
  report(descriptor: ReportDescriptor, sourceMap: Readonly<SourceMap> | undefined): void
  unassessable(keys: string | readonly string[]): void
  /**
   * Records the outcome in `results` and pushes the diagnostics. `marked`: the keys marked
   * unassessable, each once, when the caller tracks them itself rather than through `unassessable`.
   */
  finish(results: RuleResults, into: Diagnostic[], marked?: string[]): void
  fail(error: unknown): void
}

export function startRuleRun(resolved: ResolvedRule, lang: Lang): RuleRun {
  const { rule, ruleId, plugin, severity } = resolved
  const source = plugin.meta.name
  const url = rule.meta.docs.url
  // Most rules pass: the lists are made only when something is reported.
  let found: Diagnostic[] | undefined
  // The keys marked, each once, in the order first marked.
  let missing: string[] | undefined
  let marked: Set<string> | undefined
  let crashed: unknown

  return {
    report(descriptor, sourceMap) {
      const text = rule.meta.messages[descriptor.messageId]
      if (!text) throw new Error(`Rule "${ruleId}" reported unknown messageId "${descriptor.messageId}"`)
      const sources = descriptor.keys ? keySources(descriptor.keys, sourceMap) : undefined
      const location = descriptor.location ?? sources?.find((s) => s.location)?.location
      ;(found ??= []).push(
        createDiagnostic(
          {
            ruleId, messageId: descriptor.messageId, text, severity, url,
            data: descriptor.data, keys: descriptor.keys, expected: descriptor.expected, actual: descriptor.actual,
            sources: sources?.length ? sources : undefined, location,
          },
          source, lang,
        ),
      )
    },
    unassessable(keys) {
      missing ??= []
      marked ??= new Set()
      if (typeof keys === 'string') keys = [keys]
      for (const key of keys) {
        if (marked.has(key)) continue
        marked.add(key)
        missing.push(key)
      }
    },
    fail(error) {
      crashed = error
    },
    finish(results, into, markedKeys = missing) {
      if (crashed !== undefined) {
        const error = crashed instanceof Error ? crashed.message : String(crashed)
        into.push(createDiagnostic({ ruleId, messageId: 'ruleError', text: engineMessages.ruleError, severity: 'error', url, data: { error } }, source, lang))
        results.notAssessable.push(ruleId)
      } else if (found) {
        into.push(...found)
        results.failed.push(ruleId)
      } else if (markedKeys) {
        const keys = markedKeys
        const data = { keys: listKeys(keys, lang), description: rule.meta.docs.description[lang], count: keys.length }
        into.push(createDiagnostic({ ruleId, messageId: 'notAssessable', text: engineMessages.notAssessable, severity: 'info', url, data, keys }, source, lang))
        results.notAssessable.push(ruleId)
      } else {
        results.passed.push(ruleId)
      }
    },
  }
}

function keySources(keys: readonly string[], sourceMap: Readonly<SourceMap> | undefined): KeySource[] {
  const out: KeySource[] = []
  if (!sourceMap) return out
  for (const key of keys) {
    const cell = sourceMap[key]
    // A cell absent from the document has no source to show.
    if (cell && cell.status !== 'missing') out.push(cell.location ? { key, raw: cell.raw, location: cell.location } : { key, raw: cell.raw })
  }
  return out
}
