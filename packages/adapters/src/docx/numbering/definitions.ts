import type { DocxProblem } from '../problem.js'
import type { ZipEntry } from '../zip/central-directory.js'
import { attribute } from '../xml/names.js'
import { parsePart } from '../xml/parse-part.js'

/** One level of a list definition (`w:lvl`). */
export interface ListLevel {
  /** `w:numFmt`: decimal, chineseCounting … */
  format: string
  /** `w:lvlText`: `%1、`, `（%1）` … */
  text: string
  start: number
  /** What follows the number: `\t` (Word's default), a space, or nothing. */
  suffix: string
  /** `w:isLgl`: every level shown in decimal. */
  legal: boolean
  /** `w:pStyle`: the paragraph style this level belongs to. */
  styleId?: string
}

export interface ListInstance {
  abstractId: string
  /** `w:lvlOverride`: a restart value and/or a replacement level. */
  overrides: Map<number, { start?: number; level?: ListLevel }>
}

/** `numbering.xml`: abstract definitions and the list instances (`w:num`) paragraphs point to. */
export interface NumberingDefinitions {
  abstracts: Map<string, Map<number, ListLevel>>
  instances: Map<string, ListInstance>
}

export function emptyNumbering(): NumberingDefinitions {
  return { abstracts: new Map(), instances: new Map() }
}

const suffixes: Record<string, string> = { tab: '\t', space: ' ', nothing: '' }

export function readNumbering(bytes: Uint8Array, entry: ZipEntry, maxSize: number): NumberingDefinitions | DocxProblem {
  const numbering = emptyNumbering()
  let abstractLevels: Map<number, ListLevel> | undefined
  let instance: ListInstance | undefined
  let overrideLevel: number | undefined
  let level: ListLevel | undefined
  const problem = parsePart(bytes, entry, maxSize, {
    open(name, attributes, qualified) {
      switch (name) {
        case 'w:abstractNum':
          abstractLevels = new Map()
          numbering.abstracts.set(attribute(attributes, qualified, 'abstractNumId') ?? '', abstractLevels)
          break
        case 'w:num':
          instance = { abstractId: '', overrides: new Map() }
          numbering.instances.set(attribute(attributes, qualified, 'numId') ?? '', instance)
          break
        case 'w:abstractNumId':
          if (instance) instance.abstractId = attribute(attributes, qualified, 'val') ?? ''
          break
        case 'w:lvlOverride':
          overrideLevel = toInt(attribute(attributes, qualified, 'ilvl'), 0)
          instance?.overrides.set(overrideLevel, {})
          break
        case 'w:startOverride':
          if (instance && overrideLevel !== undefined) instance.overrides.get(overrideLevel)!.start = toInt(attribute(attributes, qualified, 'val'), 0)
          break
        case 'w:lvl': {
          level = { format: 'decimal', text: '', start: 0, suffix: '\t', legal: false }
          const ilvl = toInt(attribute(attributes, qualified, 'ilvl'), 0)
          if (instance && overrideLevel !== undefined) instance.overrides.get(overrideLevel)!.level = level
          else abstractLevels?.set(ilvl, level)
          break
        }
        case 'w:start':
          if (level) level.start = toInt(attribute(attributes, qualified, 'val'), 0)
          break
        case 'w:numFmt': {
          // Word 2010 writes `custom` in an mc:Choice and a classic format in the fallback.
          const format = attribute(attributes, qualified, 'val')
          if (level && format && format !== 'custom') level.format = format
          break
        }
        case 'w:lvlText':
          if (level) level.text = attribute(attributes, qualified, 'val') ?? ''
          break
        case 'w:suff':
          if (level) level.suffix = suffixes[attribute(attributes, qualified, 'val') ?? 'tab'] ?? '\t'
          break
        case 'w:isLgl':
          if (level) level.legal = attribute(attributes, qualified, 'val') !== '0' && attribute(attributes, qualified, 'val') !== 'false'
          break
        case 'w:pStyle':
          if (level) level.styleId = attribute(attributes, qualified, 'val')
          break
      }
    },
    close(name) {
      if (name === 'w:lvl') level = undefined
      else if (name === 'w:lvlOverride') overrideLevel = undefined
      else if (name === 'w:num') instance = undefined
      else if (name === 'w:abstractNum') abstractLevels = undefined
    },
    text() {},
  })
  return problem ?? numbering
}

export function toInt(value: string | undefined, fallback: number): number {
  const n = value === undefined ? NaN : Number.parseInt(value, 10)
  return Number.isFinite(n) ? n : fallback
}
