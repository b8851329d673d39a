import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../src/cli/main.js'
import type { JsonResult } from '../src/format/json.js'
import { memoryOutput, memoryStream } from './helpers.js'

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url))
let dir: string
let earlier: string
const sample = join(fixtures, 'sample-2025.html')

beforeAll(() => {
  // The same page relabelled as the year before: its 结转下年度 then disagrees with 2025's 上年结转.
  dir = mkdtempSync(join(tmpdir(), 'zfxxgk-series-'))
  earlier = join(dir, 'sample-2024.html')
  writeFileSync(earlier, readFileSync(sample, 'utf8').replaceAll('2025', '2024'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function check(argv: string[]) {
  const output = memoryOutput()
  const code = await main(['check', '-f', 'json', ...argv], { output, stderr: memoryStream() })
  return { code, files: JSON.parse(output.text()) as JsonResult[] }
}

describe('check --series', () => {
  it('compares 上年结转 with the previous report’s 结转下年度 and adds the findings after the files', async () => {
    const { code, files } = await check([earlier, sample, '--series', '-j', '2'])
    expect(code).toBe(0)
    expect(files.map((file) => file.filePath)).toEqual([earlier, sample, sample])
    const carried = files[2]!.messages.filter((message) => message.ruleId === 'zfxxgk/carried-over-continuity')
    expect(carried.map((message) => [message.level, message.place, message.message])).toEqual([
      ['warning', '39:42 T2 R5 C4', '2025 年“自然人”列上年结转为 535，2024 年报告结转下年度为 783'],
      ['warning', '39:74 T2 R5 C7', '2025 年“社会公益组织”列上年结转为 1，2024 年报告结转下年度为 2'],
      ['warning', '39:84 T2 R5 C8', '2025 年“法律服务机构”列上年结转为 18，2024 年报告结转下年度为 25'],
      ['warning', '39:95 T2 R5 C9', '2025 年“其他”列上年结转为 0，2024 年报告结转下年度为 3'],
      ['warning', '39:105 T2 R5 C10', '2025 年“总计”列上年结转为 560，2024 年报告结转下年度为 819'],
    ])
    const inForce = files[2]!.messages.filter((message) => message.ruleId === 'zfxxgk/in-force-continuity')
    expect(inForce.map((message) => message.message)).toEqual([
      '2025 年规章现行有效件数为 74，按 2024 年 74 + 制发 3 − 废止 5 应为 72',
      '2025 年行政规范性文件现行有效件数为 4185，按 2024 年 4185 + 制发 564 − 废止 984 应为 3765',
    ])
  })

  it('finds the 平潭 2025 现行有效件数 that does not follow from 2024', async () => {
    const { files } = await check([join(fixtures, 'pingtan-2025.html'), join(fixtures, 'pingtan-2024.html'), '--series', '-j', '1'])
    const series = files.slice(2)
    expect(series).toHaveLength(1)
    expect(series[0]!.filePath).toBe(join(fixtures, 'pingtan-2025.html'))
    expect(series[0]!.messages.filter((message) => message.ruleId === 'zfxxgk/in-force-continuity').map((message) => message.message)).toEqual([
      '2025 年行政规范性文件现行有效件数为 546，按 2024 年 440 + 制发 58 − 废止 45 应为 453',
    ])
    expect(series[0]!.messages.some((message) => message.ruleId === 'zfxxgk/carried-over-continuity')).toBe(false)
  })

  it('counts a file once in the summary, and --rule turns a cross-year rule off', async () => {
    const output = memoryOutput()
    await main(['check', earlier, sample, '--series', '--lang', 'en', '-j', '1', '--rule', 'zfxxgk/no-copied-text=off'], { output, stderr: memoryStream() })
    expect(output.text()).toContain('in 2/2 files\n')
    expect(output.text()).not.toContain('zfxxgk/no-copied-text')
    expect(output.text()).toContain('zfxxgk/carried-over-continuity')
    const { files } = await check([earlier, sample, '-j', '1'])
    expect(files).toHaveLength(2)
  })

  it('says on stderr how many reports could not be grouped', async () => {
    const stderr = memoryStream()
    // 棉洋镇 with its name taken out: the report has a year but no agency.
    const nameless = join(dir, 'nameless.txt')
    writeFileSync(nameless, readFileSync(join(fixtures, 'mianyang-2021.txt'), 'utf8').replace(/棉洋镇(人民政府)?/g, ''))
    await main(['check', join(fixtures, 'beiyangji-2019.txt'), nameless, '--series', '--lang', 'en', '-j', '1'], { output: memoryOutput(), stderr })
    expect(stderr.text()).toBe('1 report without an agency name or year was not compared across years\n')
  })
})
