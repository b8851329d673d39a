import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseCheckArgs, parseExportArgs } from '../src/cli/args.js'
import { parseRuleOptions } from '../src/cli/rule-option.js'
import { UsageError } from '../src/cli/usage-error.js'

describe('check arguments', () => {
  it('has ESLint-like defaults', () => {
    const args = parseCheckArgs(['reports'])
    expect(args).toMatchObject({
      inputs: ['reports'],
      preset: 'recommended',
      rules: {},
      lang: 'zh',
      format: 'stylish',
      quiet: false,
      timeoutMs: 120_000,
    })
    expect(args.jobs).toBeUndefined()
    expect(args.maxWarnings).toBeUndefined()
    expect(args.progress).toBeUndefined()
    expect(args.color).toBeUndefined()
  })

  it('reads every option', () => {
    const args = parseCheckArgs([
      'a.txt', '--preset', 'strict', '--rule', 'zfxxgk/x=off', '--rule=zfxxgk/y=warning', '-c', 'conf.json', '--lang', 'en',
      '-f', 'sarif', '-q', '--max-warnings', '0', '-j', '3', '--timeout', '5', '--no-progress', '--no-color', '-o', 'out.sarif', 'b.docx',
      '--ignore', 'draft*', '--ignore', 'old/**',
    ])
    expect(args).toMatchObject({
      inputs: ['a.txt', 'b.docx'],
      preset: 'strict',
      rules: { 'zfxxgk/x': 'off', 'zfxxgk/y': 'warn' },
      configFile: resolve('conf.json'),
      lang: 'en',
      format: 'sarif',
      quiet: true,
      maxWarnings: 0,
      jobs: 3,
      timeoutMs: 5000,
      progress: false,
      color: false,
      output: 'out.sarif',
      ignore: ['draft*', 'old/**'],
    })
  })

  it('rejects unknown options and bad values as usage errors', () => {
    expect(() => parseCheckArgs(['--nope'])).toThrow(UsageError)
    expect(() => parseCheckArgs(['-f', 'html', 'a'])).toThrow(/stylish\|json\|sarif\|compact/)
    expect(() => parseCheckArgs(['--preset', 'loose', 'a'])).toThrow(UsageError)
    expect(() => parseCheckArgs(['--lang', 'fr', 'a'])).toThrow(UsageError)
    expect(() => parseCheckArgs(['--jobs', '0', 'a'])).toThrow(UsageError)
    expect(() => parseCheckArgs(['--max-warnings', '-1', 'a'])).toThrow(UsageError)
    expect(() => parseCheckArgs(['--max-warnings', '1.5', 'a'])).toThrow(UsageError)
  })
})

describe('export arguments', () => {
  it('needs --to and reads --bom', () => {
    expect(() => parseExportArgs(['a'])).toThrow(/--to csv\|json\|jsonl/)
    expect(parseExportArgs(['a', '--to', 'csv', '--bom'])).toMatchObject({ inputs: ['a'], to: 'csv', bom: true })
    expect(parseExportArgs(['--help']).help).toBe(true)
    expect(() => parseExportArgs(['a', '--to', 'xlsx'])).toThrow(UsageError)
    expect(() => parseExportArgs(['a', '--to', 'csv', '--quiet'])).toThrow(UsageError)
  })
})

describe('--rule', () => {
  it('accepts off|info|warn|error and 0|1|2, last one wins', () => {
    expect(parseRuleOptions(['zfxxgk/a=off', 'zfxxgk/b=INFO', 'zfxxgk/c=2', 'zfxxgk/a=error'])).toEqual({
      'zfxxgk/a': 'error',
      'zfxxgk/b': 'info',
      'zfxxgk/c': 'error',
    })
  })

  it('rejects a missing id or level', () => {
    expect(() => parseRuleOptions(['zfxxgk/a'])).toThrow(UsageError)
    expect(() => parseRuleOptions(['=warn'])).toThrow(UsageError)
    expect(() => parseRuleOptions(['zfxxgk/a=loud'])).toThrow(UsageError)
  })
})
