import type { NumberingDefinitions } from './definitions.js'
import { formatNumber } from './formats.js'
import { styleNumbering, type ParagraphStyles } from './styles.js'

/** A paragraph's own `w:numPr` and style, as read from its `w:pPr`. */
export interface ParagraphNumbering {
  numId?: string
  ilvl?: number
  styleId?: string
}

/** Renders the automatic number of one paragraph (`一、`, `（二）`, `3.`), or ''. */
export interface ListLabeler {
  (paragraph: ParagraphNumbering): string
  /** Whether some paragraph style carries numbering: without one, a paragraph is numbered only by its `w:numPr`. */
  readonly stylesNumber: boolean
}

/**
 * Counts list items in document order as Word does: counters belong to the abstract list (so
 * instances of one list continue each other unless one restarts with `w:startOverride`), a
 * level's counter restarts whenever a shallower level advances, and `%n` in `w:lvlText` shows
 * level n's counter in its own format.
 */
export function createListLabeler(numbering: NumberingDefinitions, styles: ParagraphStyles): ListLabeler | undefined {
  // Without list instances no paragraph can be numbered: the reader then skips paragraph properties.
  if (numbering.instances.size === 0) return undefined
  const counters = new Map<string, number[]>()
  const seen = new Set<string>()
  const numberingOfStyle = createStyleNumberingLookup(styles)
  const labelParagraph = ({ numId: directId, ilvl: directLevel, styleId }: ParagraphNumbering): string => {
    const fromStyle = directId === undefined ? numberingOfStyle(styleId) : undefined
    const numId = directId ?? fromStyle?.numId
    if (numId === undefined || numId === '0') return ''
    const instance = numbering.instances.get(numId)
    const levels = instance && numbering.abstracts.get(instance.abstractId)
    if (!instance || !levels) return ''
    const levelOf = (i: number) => instance.overrides.get(i)?.level ?? levels.get(i)
    const startOf = (i: number) => instance.overrides.get(i)?.start ?? levelOf(i)?.start ?? 0
    const ilvl = directLevel ?? fromStyle?.ilvl ?? levelForStyle(levels, styleId)
    const level = levelOf(ilvl)
    if (!level || level.format === 'bullet' || level.format === 'none') return ''
    let state = counters.get(instance.abstractId)
    if (!state || (!seen.has(numId) && [...instance.overrides.values()].some((o) => o.start !== undefined))) {
      state = []
      counters.set(instance.abstractId, state)
    }
    seen.add(numId)
    state[ilvl] = state[ilvl] === undefined ? startOf(ilvl) : state[ilvl]! + 1
    state.length = ilvl + 1
    for (let i = 0; i < ilvl; i++) state[i] ??= startOf(i)
    const label = level.text.replace(/%([1-9])/g, (_, digit: string) => {
      const i = Number(digit) - 1
      return formatNumber(state[i] ?? startOf(i), level.legal ? 'decimal' : (levelOf(i)?.format ?? 'decimal'))
    })
    return label === '' ? '' : label + level.suffix
  }
  return Object.assign(labelParagraph, { stylesNumber: numberingOfStyle !== noStyleNumbering })
}

const noStyleNumbering = (): undefined => undefined

/**
 * The numbering of every style that carries one (through its `w:basedOn` chain), found once:
 * most paragraphs name a style, usually one without numbering, and walking the chain for each
 * would repeat the same work. Bounded by `styles.xml`, not by the document.
 */
function createStyleNumberingLookup(styles: ParagraphStyles): (styleId: string | undefined) => ReturnType<typeof styleNumbering> {
  const numbered = new Map<string, NonNullable<ReturnType<typeof styleNumbering>>>()
  for (const styleId of styles.keys()) {
    const found = styleNumbering(styles, styleId)
    if (found) numbered.set(styleId, found)
  }
  if (numbered.size === 0) return noStyleNumbering
  return (styleId) => (styleId === undefined ? undefined : numbered.get(styleId))
}

function levelForStyle(levels: Map<number, { styleId?: string }>, styleId: string | undefined): number {
  if (styleId !== undefined) {
    for (const [ilvl, level] of levels) if (level.styleId === styleId) return ilvl
  }
  return 0
}
