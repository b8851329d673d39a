import { createRequire } from 'node:module'

// Read at run time: `src/` and `dist/` are both one level below package.json.
export const version: string = (createRequire(import.meta.url)('../package.json') as { version: string }).version
