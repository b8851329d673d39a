import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// The built command, with its worker loaded from dist/worker.js. Runs after `pnpm build`.
const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url))
const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url))

function run(args: string[]): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], (error, stdout) => resolve({ code: error ? Number(error.code) : 0, stdout }))
  })
}

describe.skipIf(!existsSync(bin))('the built zfxxgk (dist)', () => {
  it('gives on two worker threads exactly what it gives on the main thread, in input order', async () => {
    const args = ['check', fixtures, '-f', 'json', '--preset', 'strict']
    const [threads, inline] = await Promise.all([run([...args, '-j', '2']), run([...args, '-j', '1'])])
    expect(threads.code).toBe(1)
    expect(inline.code).toBe(1)
    expect(threads.stdout).toBe(inline.stdout)
    const files = JSON.parse(threads.stdout) as Array<{ filePath: string; format: string; messages: Array<{ ruleId: string }> }>
    expect(files.map((file) => [file.filePath.slice(fixtures.length), file.format])).toEqual([
      ['beiyangji-2019.txt', 'tab-text'],
      ['mianyang-2021.txt', 'tab-text'],
      ['pingtan-2024.html', 'html'],
      ['pingtan-2025.html', 'html'],
      ['sample-2025.html', 'html'],
    ])
    expect(files[0]!.messages.map((message) => message.ruleId)).toContain('zfxxgk/published-total-covers-new')
  })
})
