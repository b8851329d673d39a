import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { cellKeys, getPath } from '@zfxxgk/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../src/cli/main.js'
import type { JsonResult } from '../src/format/json.js'
import { memoryOutput, memoryStream } from './helpers.js'

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url))
const beiyangji = join(fixtures, 'beiyangji-2019.txt')
const mianyang = join(fixtures, 'mianyang-2021.txt')
const sample = join(fixtures, 'sample-2025.html')

async function run(argv: string[]) {
  const output = memoryOutput()
  const stderr = memoryStream()
  const code = await main(argv, { output, stderr, stdout: memoryStream() })
  return { code, stdout: output.text(), stderr: stderr.text() }
}

async function checkJson(argv: string[]) {
  const result = await run(['check', '-f', 'json', ...argv])
  return { ...result, files: JSON.parse(result.stdout) as JsonResult[] }
}

const ids = (file: JsonResult) => file.messages.map((message) => `${message.level} ${message.ruleId}`)

describe('zfxxgk check', () => {
  it('finds the rows missing from 棉洋镇 table 三 and exits 1', async () => {
    const { code, files } = await checkJson([beiyangji, mianyang, sample, '-j', '1'])
    expect(code).toBe(1)
    expect(files.map((file) => file.filePath)).toEqual([beiyangji, mianyang, sample])
    const [first, second, third] = files
    expect(first).toMatchObject({ format: 'tab-text', errorCount: 0, warningCount: 0, infoCount: 0, messages: [] })
    expect(second).toMatchObject({ format: 'tab-text', errorCount: 12, warningCount: 0, infoCount: 4, fatalErrorCount: 0 })
    // Table 三 stops after （四）1: the twelve rows after it are missing, and the sums over them cannot be checked.
    expect(ids(second!)).toEqual([
      ...Array(12).fill('error zfxxgk/applications-shape'),
      'info zfxxgk/applications-balance',
      'info zfxxgk/applications-results-total',
      'info zfxxgk/applicant-total',
      'info zfxxgk/applications-non-negative',
    ])
    const missing = second!.messages.filter((message) => message.ruleId === 'zfxxgk/applications-shape')
    // Where table 三 ends.
    expect(missing.map((message) => message.place)).toEqual(Array(12).fill('69:1'))
    expect(missing[0]!.message).toBe('表三缺少行“（四）无法提供 2.没有现成信息需要另行制作”（2021 版式共 25 行）')
    expect(missing[11]!.message).toBe('表三缺少行“四、结转下年度继续办理”（2021 版式共 25 行）')
    expect(third).toMatchObject({ format: 'html', errorCount: 0, warningCount: 0, infoCount: 1 })
    expect(third!.messages[0]).toMatchObject({
      ruleId: 'parse/heading-variant',
      place: '82:4',
      message: '章节标题“五、存在问题及改进情况”不是规范写法，应为“五、存在的主要问题及改进情况”',
    })
  })

  it('gives the same results in the same order on worker threads', async () => {
    const inline = await run(['check', '-f', 'json', '-j', '1', mianyang, sample, beiyangji])
    const threads = await run(['check', '-f', 'json', '-j', '2', mianyang, sample, beiyangji])
    expect(threads.code).toBe(1)
    expect(threads.stdout).toBe(inline.stdout)
  })

  it('strict adds the 2019 warnings: 规章 in a township, 总数量 48 below 新公开 52', async () => {
    const { code, files } = await checkJson([beiyangji, '--preset', 'strict', '-j', '1'])
    expect(code).toBe(0)
    expect(files[0]!.messages.map((message) => [message.ruleId, message.level, message.place, message.expected, message.actual])).toEqual([
      ['zfxxgk/regulations-rulemaking-power', 'warning', '17:2', '0/0/0', '5/5/5'],
      ['zfxxgk/published-total-covers-new', 'warning', '24:2', expect.anything(), expect.anything()],
    ])
    expect(files[0]!.messages[1]!.message).toBe('规范性文件对外公开总数量 48 小于本年新公开数量 52')
  })

  it('--max-warnings turns warnings into exit 1; --quiet shows errors only', async () => {
    expect((await run(['check', beiyangji, '--preset', 'strict', '--max-warnings', '1', '-j', '1'])).code).toBe(1)
    expect((await run(['check', beiyangji, '--preset', 'strict', '--max-warnings', '2', '-j', '1'])).code).toBe(0)
    const quiet = await checkJson([beiyangji, mianyang, '--quiet', '-j', '1'])
    expect(quiet.files[0]!.messages).toEqual([])
    expect(quiet.files[1]!.messages.every((message) => message.level === 'error')).toBe(true)
    expect(quiet.files[1]!.messages).toHaveLength(12)
  })

  it('--rule and --config change levels; an unknown rule is a usage error (exit 2)', async () => {
    const off = await checkJson([mianyang, '--rule', 'zfxxgk/applications-shape=off', '-j', '1'])
    expect(off.files[0]!.messages.some((message) => message.ruleId === 'zfxxgk/applications-shape')).toBe(false)
    // The parser's own findings about the same rows, held back while the rule reports them, come back.
    const parseFindings = off.files[0]!.messages.filter((message) => message.ruleId === 'parse/row-missing')
    expect(parseFindings.map((message) => message.place)).toEqual(Array(12).fill('69:1'))
    expect(parseFindings[0]!.message).toBe('表三缺少行“2.没有现成信息需要另行制作”')
    expect(off.files[0]!.errorCount).toBe(12)
    const raised = await checkJson([beiyangji, '--preset', 'strict', '--rule', 'zfxxgk/regulations-rulemaking-power=error', '-j', '1'])
    expect(raised.code).toBe(1)
    expect(ids(raised.files[0]!)).toEqual(['error zfxxgk/regulations-rulemaking-power', 'warning zfxxgk/published-total-covers-new'])
    const dir = mkdtempSync(join(tmpdir(), 'zfxxgk-config-'))
    try {
      const config = join(dir, 'config.json')
      writeFileSync(config, JSON.stringify([{ rules: { 'zfxxgk/published-total-covers-new': 'error' } }]))
      const configured = await checkJson([beiyangji, '--preset', 'strict', '--config', config, '-j', '1'])
      expect(configured.code).toBe(1)
      expect(ids(configured.files[0]!)).toEqual(['warning zfxxgk/regulations-rulemaking-power', 'error zfxxgk/published-total-covers-new'])
      const module = join(dir, 'config.mjs')
      writeFileSync(module, "export default { rules: { 'zfxxgk/regulations-rulemaking-power': 'off' } }\n")
      const fromModule = await checkJson([beiyangji, '--preset', 'strict', '-c', module, '-j', '2'])
      expect(ids(fromModule.files[0]!)).toEqual(['warning zfxxgk/published-total-covers-new'])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
    const unknown = await run(['check', beiyangji, '--rule', 'zfxxgk/no-such-rule=error'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('no-such-rule')
  })

  it('runs a custom rule plug-in from a config module on worker threads', async () => {
    const config = join(fixtures, 'custom-plugin.config.mjs')
    const { code, files } = await checkJson([beiyangji, sample, '-c', config, '-j', '2'])
    expect(code).toBe(1)
    expect(files[0]!.messages).toEqual([])
    const custom = files[1]!.messages.filter((message) => message.ruleId === 'local/max-requests')
    expect(custom).toEqual([
      expect.objectContaining({
        level: 'error',
        message: '本年新收申请 14069 件，超过 1000 件',
        keys: ['applications.newReceived.total'],
        actual: '14069',
        source: 'local-rules',
        url: 'https://example.org/max-requests',
      }),
    ])
    expect(custom[0]!.place).toBe('38:112 T2 R4 C10')
  })

  it('keeps going past unreadable files, reporting each as a fatal error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zfxxgk-bad-'))
    try {
      writeFileSync(join(dir, 'a-broken.docx'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]))
      writeFileSync(join(dir, 'b-empty.txt'), '')
      writeFileSync(join(dir, 'c-binary.doc'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)))
      copyFileSync(sample, join(dir, 'd-good.html'))
      const { code, files } = await checkJson([dir, '-j', '2'])
      expect(code).toBe(1)
      expect(files.map((file) => file.filePath.slice(dir.length + 1))).toEqual(['a-broken.docx', 'b-empty.txt', 'c-binary.doc', 'd-good.html'])
      const fatalIds = files.map((file) => file.messages.filter((message) => message.fatal).map((message) => message.ruleId))
      expect(fatalIds[0]).toContain('docx/truncated')
      expect(fatalIds.slice(1)).toEqual([['parse/empty-input'], ['parse/binary-input'], []])
      expect(files.slice(0, 3).every((file) => file.errorCount >= 1)).toBe(true)
      expect(files[3]).toMatchObject({ errorCount: 0, fatalErrorCount: 0, format: 'html' })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('prints stylish findings and the summary, in English with --lang en', async () => {
    const { code, stdout } = await run(['check', sample, beiyangji, '--lang', 'en', '-j', '1'])
    expect(code).toBe(0)
    expect(stdout).toBe(
      `${sample}\n  82:4  info  Unexpected heading \`五、存在问题及改进情况\`, expected \`五、存在的主要问题及改进情况\`  parse/heading-variant\n\n` +
        '✖ 1 problem (0 errors, 0 warnings, 1 info) in 1/2 files\n',
    )
  })

  it('writes SARIF to --output', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zfxxgk-out-'))
    try {
      const file = join(dir, 'out.sarif')
      const stdout = memoryStream()
      const code = await main(['check', sample, '-f', 'sarif', '-o', file, '-j', '1'], { stdout, stderr: memoryStream() })
      expect(code).toBe(0)
      const log = JSON.parse(readFileSync(file, 'utf8'))
      expect(log.runs[0].results).toHaveLength(1)
      expect(log.runs[0].results[0]).toMatchObject({ ruleId: 'parse/heading-variant', level: 'note' })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('zfxxgk export', () => {
  const expected = JSON.parse(readFileSync(join(fixtures, 'sample-2025.expected.json'), 'utf8'))

  it('exports every cell of 测试市 2025 as read by hand', async () => {
    const { code, stdout, stderr } = await run(['export', sample, beiyangji, '--to', 'jsonl', '-j', '1'])
    expect(code).toBe(0)
    expect(stderr).toBe('已导出 2 行，其中 0 个文件未能读出报告\n')
    const [row, row2019] = stdout.trimEnd().split('\n').map((line) => JSON.parse(line))
    expect(row).toMatchObject({ file: sample, format: 'html', agencyName: '测试市', reportYear: 2025, edition: '2021', publicationDate: null, errors: 0 })
    let compared = 0
    for (const key of cellKeys('2021')) {
      const value = getPath(expected, key)
      if (value !== undefined) {
        expect([key, row[key]]).toEqual([key, value])
        compared++
      }
    }
    expect(compared).toBe(200)
    // 2021's （六） total is derived: the sum of its three items.
    for (const column of ['naturalPerson', 'commercialEnterprise', 'total']) {
      const items = ['overdueCorrection', 'unpaidFee', 'other'].map((item) => row[`applications.results.otherHandling.${item}.${column}`])
      expect(row[`applications.results.otherHandling.total.${column}`]).toBe(items.reduce((a, b) => a + b, 0))
    }
    expect(row['activeDisclosure.regulations.newlyMade']).toBeUndefined()
    expect(row2019).toMatchObject({ agencyName: '北杨集镇', reportYear: 2019, edition: '2019' })
    expect(row2019['activeDisclosure.normativeDocuments.newlyPublished']).toBe(52)
    expect(row2019['activeDisclosure.normativeDocuments.totalPublished']).toBe(48)
    expect(row2019['activeDisclosure.regulations.issued']).toBeUndefined()
  })

  it('writes a row for a file that gives no report, and says so on stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zfxxgk-export-'))
    try {
      writeFileSync(join(dir, 'empty.txt'), '')
      const { code, stdout, stderr } = await run(['export', join(dir, 'empty.txt'), beiyangji, '--to', 'csv', '--lang', 'en', '-j', '1'])
      expect(code).toBe(0)
      expect(stderr).toBe('Exported 2 rows; 1 file gave no report\n')
      const line = stdout.split('\r\n')[1]!
      expect(line.startsWith(`${join(dir, 'empty.txt')},,,,,,`)).toBe(true)
      expect(line.endsWith(',1,0,0,1')).toBe(true)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('writes CSV with a BOM, one fixed header and blanks for the other edition', async () => {
    const { stdout } = await run(['export', sample, beiyangji, mianyang, '--to', 'csv', '--bom', '-j', '2'])
    expect(stdout.charCodeAt(0)).toBe(0xfeff)
    const [header, ...rows] = stdout.slice(1).split('\r\n').filter(Boolean).map((line) => line.split(','))
    expect(rows).toHaveLength(3)
    const cell = (row: number, column: string) => rows[row]![header!.indexOf(column)]
    expect(cell(0, 'applications.newReceived.total')).toBe(String(expected.applications.newReceived.total))
    expect(cell(0, 'activeDisclosure.regulations.newlyMade')).toBe('')
    expect(cell(1, 'activeDisclosure.regulations.newlyMade')).toBe('5')
    expect(cell(1, 'activeDisclosure.regulations.issued')).toBe('')
    expect(cell(2, 'agencyName')).toBe('棉洋镇人民政府')
    expect(cell(2, 'publicationDate')).toBe('2022-01-10')
    expect(cell(2, 'activeDisclosure.administrativeLicensing.decisions')).toBe('2624')
    expect(cell(2, 'errors')).toBe('12')
    expect(cell(2, 'infos')).toBe('4')
    expect(rows.every((row) => row.length === header!.length)).toBe(true)
  })
})

describe('the zfxxgk binary', () => {
  const execFileAsync = promisify(execFile)
  const root = fileURLToPath(new URL('../../../', import.meta.url))
  const bin = fileURLToPath(new URL('../src/bin.ts', import.meta.url))
  const exec = (args: string[]) =>
    execFileAsync(process.execPath, ['--conditions=@zfxxgk/source', '--import', 'tsx', bin, ...args], { cwd: root }).then(
      (result) => ({ code: 0, ...result }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
    )

  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'zfxxgk-bin-'))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('exits 1 with errors, 0 without, 2 on usage errors', async () => {
    const failing = await exec(['check', mianyang, '--format', 'compact', '--quiet'])
    expect(failing.code).toBe(1)
    expect(failing.stdout.split('\n')[0]).toBe(`${mianyang}: 69:1, 错误 - 表三缺少行“（四）无法提供 2.没有现成信息需要另行制作”（2021 版式共 25 行） (zfxxgk/applications-shape)`)
    expect(failing.stdout.endsWith('\n✖ 12 个问题（12 个错误，0 个警告，0 个提示），涉及 1/1 个文件\n')).toBe(true)
    const passing = await exec(['check', beiyangji])
    expect(passing).toMatchObject({ code: 0, stdout: '✔ 已检查 1 个文件，未发现问题\n' })
    const usage = await exec(['check', '--to', 'csv', beiyangji])
    expect(usage.code).toBe(2)
    expect(usage.stderr).toContain('--to')
  })
})
