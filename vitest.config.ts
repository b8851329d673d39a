import { readFileSync, readdirSync, existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// Tests run against the TypeScript sources, without a prior build: every workspace export
// is aliased to the file named by its "@zfxxgk/source" condition.
const root = fileURLToPath(new URL('.', import.meta.url))
const alias: Array<{ find: RegExp; replacement: string }> = []
for (const dir of readdirSync(`${root}packages`)) {
  const file = `${root}packages/${dir}/package.json`
  if (!existsSync(file)) continue
  const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name: string; exports?: Record<string, Record<string, unknown>> }
  for (const [sub, target] of Object.entries(pkg.exports ?? {})) {
    const source = target['@zfxxgk/source']
    if (typeof source !== 'string') continue
    const specifier = sub === '.' ? pkg.name : `${pkg.name}/${sub.slice(2)}`
    alias.push({ find: new RegExp(`^${specifier.replace(/[/.]/g, '\\$&')}$`), replacement: `${root}packages/${dir}/${source.slice(2)}` })
  }
}

export default defineConfig({
  resolve: { alias },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'examples/*/test/**/*.test.ts', 'examples/*/src/**/*.test.ts'],
    testTimeout: 30_000,
    // CI reads the counts from the JSON report; people read the default one.
    reporters: process.env['CI'] ? ['default', ['json', { outputFile: '.vitest-results.json' }]] : ['default'],
  },
})
