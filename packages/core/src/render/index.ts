export { renderReport } from './render-report.js'
export type { RenderFormat, RenderOptions } from './render-report.js'
