import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { definePlugin, defineRule } from './define.js'
import { resolveConfig } from './resolve-config.js'

const limit = defineRule({
  meta: {
    id: 'limit', type: 'problem', level: 'heuristic', defaultSeverity: 'warning', editions: ['2019', '2021'],
    docs: { description: { zh: '上限', en: 'Limit' }, url: 'https://example.org/limit' },
    messages: { over: { zh: '超过 {{max}}', en: 'Over {{max}}' } },
    options: v.object({ max: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)), 4) }),
  },
  check() {},
})
const plain = defineRule({
  meta: {
    id: 'plain', type: 'problem', level: 'official', defaultSeverity: 'error', editions: ['2021'],
    docs: { description: { zh: '无选项', en: 'No options' }, url: 'https://example.org/plain' },
    messages: { bad: { zh: '错', en: 'Bad' } },
  },
  check() {},
})
const plugin = definePlugin({ meta: { name: 'example-plugin', namespace: 'ex' }, rules: { limit, plain } })

describe('resolveConfig', () => {
  it('maps levels to severities and fills option defaults', () => {
    const { rules } = resolveConfig([{ plugins: { ex: plugin }, rules: { 'ex/limit': 'warn', 'ex/plain': 2 } }])
    expect(rules.map((r) => [r.ruleId, r.severity, r.options])).toEqual([
      ['ex/limit', 'warning', { max: 4 }],
      ['ex/plain', 'error', undefined],
    ])
  })

  it('accepts nested arrays (presets spread or not) and the numeric levels', () => {
    const preset = [{ plugins: { ex: plugin }, rules: { 'ex/limit': 1 as const } }]
    const { rules } = resolveConfig([preset, [{ rules: { 'ex/plain': 2 as const } }], { rules: { 'ex/limit': 0 as const } }])
    expect(rules.map((r) => [r.ruleId, r.severity])).toEqual([['ex/plain', 'error']])
  })

  it('lets later objects override, keeping options on a bare level and dropping rules turned off', () => {
    const { rules } = resolveConfig([
      { plugins: { ex: plugin }, rules: { 'ex/limit': ['error', { max: 2 }], 'ex/plain': 'error' } },
      { rules: { 'ex/limit': 'info', 'ex/plain': 'off' } },
    ])
    expect(rules.map((r) => [r.ruleId, r.severity, r.options])).toEqual([['ex/limit', 'info', { max: 2 }]])
  })

  it('throws one error naming the rule and the bad option', () => {
    expect(() => resolveConfig([{ plugins: { ex: plugin }, rules: { 'ex/limit': ['error', { max: -1 }] } }])).toThrow(
      /Invalid options for rule "ex\/limit": option "max": Invalid value: Expected >=0 but received -1/,
    )
    expect(() => resolveConfig([{ plugins: { ex: plugin }, rules: { 'ex/limit': ['error', { max: 'x' }] } }])).toThrow(/"ex\/limit".*"max"/)
  })

  it('throws on an unknown level, rule, namespace or options for a rule without options', () => {
    expect(() => resolveConfig({ plugins: { ex: plugin }, rules: { 'ex/limit': 'loud' as never } })).toThrow(/Invalid level for rule "ex\/limit": "loud"/)
    expect(() => resolveConfig({ plugins: { ex: plugin }, rules: { 'ex/nope': 'error' } })).toThrow(/Unknown rule "ex\/nope": plug-in "example-plugin" has no rule "nope"/)
    expect(() => resolveConfig({ rules: { 'other/limit': 'error' } })).toThrow(/no plug-in with namespace "other"/)
    expect(() => resolveConfig({ plugins: { ex: plugin }, rules: { 'ex/plain': ['error', { a: 1 }] } })).toThrow(/"ex\/plain": the rule takes no options/)
  })
})
