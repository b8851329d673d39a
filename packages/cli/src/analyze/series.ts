import { lintSeries } from '@zfxxgk/core'
import type { Config, Diagnostic, Lang, SeriesEntry } from '@zfxxgk/core'
import { strict } from 'zfxxgk'
import type { AnalyzeSettings, FileResult } from '../types.js'
import { loadConfigFile } from './config.js'
import { countDiagnostics } from './counts.js'

/** One report kept for the cross-year comparison. */
interface SeriesItem {
  filePath: string
  year: number
  entry: SeriesEntry
}

/**
 * Collects the reports of a run by agency, then compares each agency's consecutive years with the
 * cross-year rules (上年结转 = last year's 结转下年度, 现行有效件数 continuity, copied text …).
 * Reports without an agency name or year cannot be grouped and are counted in `ungrouped`.
 */
export interface SeriesCollector {
  add(filePath: string, entry: SeriesEntry): void
  /**
   * One result per later report that has cross-year findings, in input order of those reports
   * (`format` is `null`: the result is about the pair, not about reading the file).
   */
  finish(): FileResult[]
  /** Reports left out for want of an agency name or a year. */
  readonly ungrouped: number
}

/** Agency names as printed vary in spacing only; anything more is a different agency. */
function agencyKey(name: string): string {
  return name.replace(/\s+/g, '')
}

/**
 * The cross-year rules are heuristics, enabled by the `strict` preset only; they run at strict's
 * levels under the run's config file and `--rule` settings, whatever `--preset` is.
 */
export async function seriesConfig(settings: AnalyzeSettings): Promise<Config> {
  const objects: Config[] = [strict]
  if (settings.configFile) objects.push(...(await loadConfigFile(settings.configFile)))
  if (Object.keys(settings.rules).length > 0) objects.push({ name: 'zfxxgk/command-line', rules: { ...settings.rules } })
  return objects
}

export function createSeriesCollector(config: Config, lang: Lang): SeriesCollector {
  const groups = new Map<string, SeriesItem[]>()
  const order = new Map<string, number>()
  let ungrouped = 0
  return {
    get ungrouped() {
      return ungrouped
    },
    add(filePath, entry) {
      const { agencyName, reportYear } = entry.report.meta
      if (!agencyName || typeof reportYear !== 'number') {
        ungrouped++
        return
      }
      order.set(filePath, order.size)
      const key = agencyKey(agencyName)
      const group = groups.get(key) ?? []
      group.push({ filePath, year: reportYear, entry })
      groups.set(key, group)
    },
    finish() {
      const byFile = new Map<string, Diagnostic[]>()
      for (const group of groups.values()) {
        for (const current of group) {
          // Every report of the year before (the same report may be there in several formats).
          for (const previous of group.filter((item) => item.year === current.year - 1)) {
            const { diagnostics } = lintSeries([previous.entry, current.entry], { config, lang })
            if (diagnostics.length === 0) continue
            byFile.set(current.filePath, [...(byFile.get(current.filePath) ?? []), ...diagnostics])
          }
        }
      }
      return [...byFile.entries()]
        .sort(([a], [b]) => order.get(a)! - order.get(b)!)
        .map(([filePath, diagnostics]) => ({ filePath, format: null, diagnostics, ...countDiagnostics(diagnostics) }))
    },
  }
}
