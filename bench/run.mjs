// Runs every benchmark file in this folder (or those whose name contains the first argument).
//
// Each file is compiled the way the published packages are (esbuild, ES2022, names not kept) and
// run in a process of its own, so that one file's garbage (mammoth's, say) is not collected in the
// middle of another file's measurements. Compiling matters: a development loader that keeps
// function names wraps every closure made at run time in a call that sets its name, which the
// installed packages never do, and which costs the text parse about 8%.
import { spawnSync } from 'node:child_process'
import { readdirSync, rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const here = fileURLToPath(new URL('.', import.meta.url))
const only = process.argv[2]
const files = readdirSync(here).filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only))).sort()

if (files.length === 0) {
  console.error(`No benchmark file matches "${only}".`)
  process.exit(1)
}

let missed = 0
for (const file of files) {
  // Beside its source, so that the file's own `new URL('../…', import.meta.url)` paths still hold.
  const outfile = `${here}.build-${file.replace(/\.ts$/, '.mjs')}`
  await build({
    stdin: {
      // The exit code is the number of targets the file missed; 201 if it failed to run.
      contents: `import { run } from './${file}'
try { const results = await run(); process.exit(Math.min(results.filter((r) => !r.ok).length, 200)) }
catch (error) { console.error(error); process.exit(201) }`,
      resolveDir: here,
      sourcefile: `run-${file}`,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'es2022',
    conditions: ['@zfxxgk/source'],
    // The tool compared with, loaded as installed; everything of ours is compiled from source.
    external: ['mammoth'],
    outfile,
    logLevel: 'error',
  })
  const child = spawnSync(process.execPath, [outfile], { stdio: 'inherit' })
  rmSync(outfile, { force: true })
  if (child.status === null || child.status > 200) throw new Error(`bench ${file} failed (${child.signal ?? child.status})`)
  missed += child.status
}
console.log(`\n${missed === 0 ? 'All targets met.' : `${missed} target(s) missed.`}`)
