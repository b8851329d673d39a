import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'

export interface WorkerEntry {
  url: URL
  execArgv: string[]
}

/**
 * Where the analysis worker lives. Built: `dist/worker.js` beside this module. From the
 * TypeScript sources (tests, `tsx src/bin.ts`): `src/worker.ts`, loaded through tsx with the
 * workspace's source condition. `null` when neither is available; callers then analyse in process.
 */
export function analysisWorkerEntry(): WorkerEntry | null {
  const here = import.meta.url
  if (here.endsWith('.ts')) {
    let loader: string
    try {
      loader = pathToFileURL(createRequire(here).resolve('tsx')).href
    } catch {
      return null
    }
    return { url: new URL('./worker.ts', here), execArgv: ['--conditions=@zfxxgk/source', '--import', loader] }
  }
  const url = new URL('./worker.js', here)
  return existsSync(fileURLToPath(url)) ? { url, execArgv: [] } : null
}
