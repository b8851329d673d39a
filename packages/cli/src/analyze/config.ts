import { readFile } from 'node:fs/promises'
import { extname } from 'node:path'
import { pathToFileURL } from 'node:url'
import { recommended, strict } from 'zfxxgk'
import type { Config, ConfigObject } from '@zfxxgk/core'
import { UsageError } from '../cli/usage-error.js'
import type { AnalyzeSettings, PresetName } from '../types.js'

/** The `config` option of `parseReport`: a flat config (one object or an array, later entries win). */
export type ParseConfig = Config

const presets: Record<PresetName, Config> = { recommended, strict }

function asObjects(value: unknown, file: string): ConfigObject[] {
  const list: unknown[] = Array.isArray(value) ? value.flat(Infinity) : [value]
  for (const item of list) {
    if (item === null || typeof item !== 'object') {
      throw new UsageError(`配置文件 ${file} 应导出一个配置对象或其数组 (the config file must export a config object or an array of them)`)
    }
  }
  return list as ConfigObject[]
}

/** Reads a `--config` file: JSON, or an ES module whose default export is the config. */
export async function loadConfigFile(file: string): Promise<ConfigObject[]> {
  const extension = extname(file).toLowerCase()
  try {
    if (extension === '.json') return asObjects(JSON.parse(await readFile(file, 'utf8')), file)
    if (extension === '.js' || extension === '.mjs' || extension === '.cjs') {
      const module = (await import(pathToFileURL(file).href)) as { default?: unknown }
      return asObjects(module.default ?? module, file)
    }
  } catch (error) {
    if (error instanceof UsageError) throw error
    throw new UsageError(`无法读取配置文件 ${file}：${(error as Error).message} (cannot load the config file)`)
  }
  throw new UsageError(`不支持的配置文件类型 ${file}，应为 .json、.js 或 .mjs (unsupported config file type)`)
}

/** Preset, then the config file, then `--rule` overrides: the flat config passed to `parseReport`. */
export async function buildConfig(settings: AnalyzeSettings): Promise<ParseConfig> {
  const preset = presets[settings.preset]
  if (!preset) throw new UsageError(`未知的预设 ${settings.preset} (unknown preset)`)
  const objects: Config[] = [preset]
  if (settings.configFile) objects.push(...(await loadConfigFile(settings.configFile)))
  if (Object.keys(settings.rules).length > 0) objects.push({ name: 'zfxxgk/command-line', rules: { ...settings.rules } })
  return objects
}
