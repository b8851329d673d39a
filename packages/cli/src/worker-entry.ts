import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'

export interface WorkerEntry {
  /** The module to run, or bootstrap code when `eval` is set. */
  url: URL | string
  eval: boolean
  execArgv: string[]
}

/**
 * From the TypeScript sources (tests, `tsx src/bin.ts`) the worker is `src/worker.ts`. Node 20
 * does not apply `--import tsx` to a worker's entry, so a small bootstrap registers tsx's hooks
 * inside the worker first, then imports the entry; `--conditions` selects the workspace sources.
 */
function sourceEntry(here: string): WorkerEntry | null {
  let api: URL
  try {
    // The ES module build of tsx's API (`require.resolve` would give the CommonJS one).
    api = new URL('dist/esm/api/index.mjs', pathToFileURL(createRequire(here).resolve('tsx/package.json')))
  } catch {
    return null
  }
  if (!existsSync(fileURLToPath(api))) return null
  const target = new URL('./worker.ts', here).href
  const code = `import(${JSON.stringify(api.href)}).then(({ register }) => { register(); return import(${JSON.stringify(target)}) })`
  return { url: code, eval: true, execArgv: ['--conditions=@zfxxgk/source'] }
}

/**
 * Where the analysis worker lives: `dist/worker.js` beside this module once built, `src/worker.ts`
 * (through tsx) when running from the sources. `null` when neither is available; callers then
 * analyse on the main thread.
 */
export function analysisWorkerEntry(): WorkerEntry | null {
  const here = import.meta.url
  if (here.endsWith('.ts')) return sourceEntry(here)
  const url = new URL('./worker.js', here)
  return existsSync(fileURLToPath(url)) ? { url, eval: false, execArgv: [] } : null
}
