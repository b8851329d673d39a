import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { analyzeFile, maxFileBytes } from '../src/analyze/analyze-file.js'
import { buildConfig } from '../src/analyze/config.js'
import type { AnalyzeSettings } from '../src/types.js'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'zfxxgk-analyze-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const settings: AnalyzeSettings = { preset: 'recommended', rules: {}, lang: 'en', collectCells: true }

describe('analyzeFile', () => {
  it('turns a file that cannot be read into one fatal cli/read-failed error', async () => {
    const result = await analyzeFile(dir, settings, await buildConfig(settings))
    expect(result).toMatchObject({ filePath: dir, format: null, meta: null, errorCount: 1, fatalErrorCount: 1 })
    expect(result.diagnostics).toHaveLength(1)
    expect(result.diagnostics[0]).toMatchObject({ ruleId: 'cli/read-failed', severity: 'error', fatal: true, source: '@zfxxgk/cli' })
    expect(result.diagnostics[0]!.message).toMatch(/^Cannot read the file: EISDIR/)
  })

  it('does not read a file beyond the size limit', async () => {
    const file = join(dir, 'huge.txt')
    writeFileSync(file, '')
    truncateSync(file, maxFileBytes + 1) // sparse: costs no disk
    const result = await analyzeFile(file, { ...settings, lang: 'zh' }, await buildConfig(settings))
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        ruleId: 'cli/file-too-large',
        fatal: true,
        message: `文件过大（${maxFileBytes + 1} 字节），上限为 ${maxFileBytes} 字节，未分析`,
      }),
    ])
  })
})
