import { existsSync, readFileSync } from 'node:fs'
import { lintReport, resolveConfig } from '@zfxxgk/core'
import { describe, expect, it } from 'vitest'
import { allRules, checkSeries, plugin, recommended, strict } from '../src/index.js'
import { filledReport } from './helpers.js'

const specIds = [
  'T3-1', 'T3-2', 'T3-3', 'T3-4', 'T3-5', 'T4-1', 'T4-2', 'T4-3', 'T4-4', 'T2-1', 'T2-2', 'T2-3', 'S1', 'S3', 'S4', 'S5',
  'T2-6', 'T2-8', 'T3-9', 'S7', 'S8', 'S10',
  'T2-5', 'T2-7', 'T2-10', 'T3-10', 'T4-5', 'S11', 'S14',
  'T3-6', 'T2-4', 'T2-9', 'S12',
]
const official = ['T3-1', 'T3-2', 'T3-3', 'T3-4', 'T3-5', 'T4-1', 'T4-2', 'T4-3', 'T4-4', 'T2-1', 'T2-2', 'T2-3', 'S1', 'S3', 'S4', 'S5']

describe('the plug-in', () => {
  it('implements each specification rule with exactly one rule of a stable kebab-case id', () => {
    expect(allRules.map((r) => r.meta.spec).sort()).toEqual([...specIds].sort())
    for (const rule of allRules) {
      expect(rule.meta.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/)
      expect(plugin.rules[rule.meta.id]).toBe(rule)
      expect(rule.meta.docs.url).toBe(`https://github.com/zfxxgk/zfxxgk/blob/main/packages/rules/src/rules/${rule.meta.id}/README.md`)
    }
  })

  it('gives each rule a module, a test file and a doc page with what, why, a passing and a failing example', () => {
    for (const rule of allRules) {
      const dir = new URL(`../src/rules/${rule.meta.id}/`, import.meta.url)
      expect(existsSync(new URL('index.ts', dir)), rule.meta.id).toBe(true)
      expect(existsSync(new URL('index.test.ts', dir)), rule.meta.id).toBe(true)
      const doc = readFileSync(new URL('README.md', dir), 'utf8')
      for (const section of ['## What it checks', '## Why', '## Passes', '## Fails']) expect(doc, `${rule.meta.id}: ${section}`).toContain(section)
      expect(doc).toContain(`(${rule.meta.spec})`)
    }
  })

  it('recommended holds exactly the official rules; strict adds every heuristic at its level', () => {
    const ids = (config: typeof recommended) => resolveConfig(config).rules.map((r) => [r.rule.meta.spec, r.severity])
    expect(ids(recommended).map(([spec]) => spec).sort()).toEqual([...official].sort())
    expect(allRules.filter((r) => r.meta.level === 'official').map((r) => r.meta.spec).sort()).toEqual([...official].sort())
    expect(Object.fromEntries(ids(recommended))).toMatchObject({ 'T3-1': 'error', 'S5': 'warning', 'S1': 'error' })
    expect(Object.fromEntries(ids(strict))).toMatchObject({ 'T2-6': 'warning', 'T2-8': 'warning', 'S12': 'warning', 'T3-6': 'warning', 'T2-5': 'info', 'S11': 'info', 'T2-4': 'info' })
    expect(ids(strict)).toHaveLength(specIds.length)
    expect(plugin.configs.recommended).toBe(recommended)
    expect(plugin.configs.strict).toBe(strict)
  })

  it('lets users switch rules off, change their level and tune their options', () => {
    const report = filledReport('2019', { 'activeDisclosure.normativeDocuments.newlyPublished': 52, 'activeDisclosure.normativeDocuments.totalPublished': 48 })
    const off = lintReport(report, { config: [...strict, { rules: { 'zfxxgk/published-total-covers-new': 'off' } }] })
    expect(off.results.failed).not.toContain('zfxxgk/published-total-covers-new')
    const raised = lintReport(report, { config: [...strict, { rules: { 'zfxxgk/published-total-covers-new': 'error' } }] })
    expect(raised.diagnostics.find((d) => d.ruleId === 'zfxxgk/published-total-covers-new')?.severity).toBe('error')
    expect(() => resolveConfig([...strict, { rules: { 'zfxxgk/no-copied-text': ['warn', { threshold: 2 }] } }])).toThrow(
      'Invalid options for rule "zfxxgk/no-copied-text": option "threshold": Invalid value: Expected <=1 but received 2',
    )
  })

  it('checkSeries runs only the cross-year rules, strict by default', () => {
    const a = filledReport('2021', { 'meta.reportYear': 2022 })
    const b = filledReport('2021', { 'meta.reportYear': 2023 })
    const { results } = checkSeries([{ report: a }, { report: b }])
    expect([...results.passed, ...results.failed, ...results.notAssessable, ...results.skipped].sort()).toEqual([
      'zfxxgk/carried-over-continuity', 'zfxxgk/in-force-continuity', 'zfxxgk/items-continuity', 'zfxxgk/no-copied-text',
    ])
  })
})
