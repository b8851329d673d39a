import { defineConfig } from 'tsup'

export default defineConfig({
  entry: {
    "index": "src/index.ts",
    "bin": "src/bin.ts",
    // The analysis worker: loaded by file name from beside the bundle, so it must be an entry.
    "worker": "src/worker.ts"
  },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts', bin: 'src/bin.ts' } },
  sourcemap: true,
  clean: true,
  // import.meta.url in the CommonJS build (worker and package.json lookup).
  shims: true,
  target: 'es2022',
  platform: 'node',
})
