import { defineConfig } from 'tsup'

export default defineConfig({
  entry: {
    "index": "src/index.ts",
    "tab-text/index": "src/tab-text/index.ts",
    "pipe-table/index": "src/pipe-table/index.ts",
    "html/index": "src/html/index.ts",
    "docx/index": "src/docx/index.ts"
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
})
