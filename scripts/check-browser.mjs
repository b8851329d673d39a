// Proves that the browser-targeted packages carry no Node built-ins: bundles each built entry
// for the browser platform with esbuild, which fails on any `fs`, `path`, `node:*` … import.
import { build } from 'esbuild'
import { existsSync } from 'node:fs'

const entries = [
  'packages/core/dist/index.js',
  'packages/rules/dist/index.js',
  'packages/adapters/dist/index.js',
  'packages/adapters/dist/tab-text/index.js',
  'packages/adapters/dist/pipe-table/index.js',
  'packages/adapters/dist/html/index.js',
  'packages/adapters/dist/docx/index.js',
  'packages/zfxxgk/dist/index.js',
]

let failed = 0
for (const entry of entries) {
  if (!existsSync(entry)) {
    console.error(`missing ${entry}: run \`pnpm build\` first`)
    failed++
    continue
  }
  try {
    const result = await build({ entryPoints: [entry], bundle: true, platform: 'browser', format: 'esm', write: false, minify: true, logLevel: 'silent', metafile: true })
    const bytes = result.outputFiles.reduce((n, f) => n + f.contents.length, 0)
    console.log(`ok   ${entry.padEnd(44)} ${(bytes / 1024).toFixed(1)} KB minified for the browser`)
  } catch (error) {
    failed++
    console.error(`FAIL ${entry}: ${error.errors?.map((e) => e.text).join('; ') ?? error}`)
  }
}
if (failed > 0) {
  console.error(`${failed} browser bundle(s) failed`)
  process.exit(1)
}
