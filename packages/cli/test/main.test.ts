import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { main } from '../src/cli/main.js'
import { memoryStream } from './helpers.js'

const packageVersion = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version

async function run(argv: string[]) {
  const stdout = memoryStream()
  const stderr = memoryStream()
  const code = await main(argv, { stdout, stderr })
  return { code, stdout: stdout.text(), stderr: stderr.text() }
}

describe('zfxxgk usage', () => {
  it('prints the version', async () => {
    expect(await run(['--version'])).toEqual({ code: 0, stdout: `${packageVersion}\n`, stderr: '' })
  })

  it('prints help in Chinese, or English with --lang en', async () => {
    const zh = await run(['--help'])
    expect(zh.code).toBe(0)
    expect(zh.stdout).toContain('用法: zfxxgk <命令> [选项]')
    const en = await run(['--help', '--lang', 'en'])
    expect(en.stdout).toContain('Usage: zfxxgk <command> [options]')
    const check = await run(['check', '--help'])
    expect(check.code).toBe(0)
    expect(check.stdout).toContain('-f, --format stylish|json|sarif|compact')
    const exportHelp = await run(['export', '-h', '--lang=en'])
    expect(exportHelp.stdout).toContain('-t, --to csv|json|jsonl')
  })

  it('exits 2 on usage errors, with the reason on stderr', async () => {
    const none = await run([])
    expect(none.code).toBe(2)
    expect(none.stdout).toContain('用法')
    const unknown = await run(['lint', 'x'])
    expect(unknown).toMatchObject({ code: 2, stdout: '' })
    expect(unknown.stderr).toContain('未知命令 lint')
    expect((await run(['check'])).stderr).toContain('请给出要检查的文件或目录')
    expect((await run(['check', '--format', 'xml', 'x'])).code).toBe(2)
    const missing = await run(['check', 'no/such/dir', '--lang', 'en'])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('no/such/dir')
    expect((await run(['export', 'x'])).stderr).toContain('--to')
  })
})

describe('zfxxgk --output', () => {
  it('exits 2 when the output file cannot be opened', async () => {
    const result = await run(['check', new URL('./fixtures/beiyangji-2019.txt', import.meta.url).pathname, '-o', '/no/such/dir/out.txt'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('/no/such/dir/out.txt')
  })
})
