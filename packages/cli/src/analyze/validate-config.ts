import { resolveConfig } from '@zfxxgk/core'
import { UsageError } from '../cli/usage-error.js'
import type { AnalyzeSettings } from '../types.js'
import { buildConfig } from './config.js'

/**
 * Loads and resolves the config once on the main thread, so that an unknown rule, a bad level or
 * bad rule options stop the run with exit code 2 instead of failing every file.
 */
export async function validateSettings(settings: AnalyzeSettings): Promise<void> {
  const config = await buildConfig(settings)
  try {
    resolveConfig(config)
  } catch (error) {
    throw new UsageError(`配置无效 (invalid configuration): ${(error as Error).message}`)
  }
}
