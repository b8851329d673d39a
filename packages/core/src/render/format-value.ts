import type { Cell } from '../model/schema.js'

/**
 * A cell value as printed: integers plainly, decimals without exponent or float noise, a unit
 * where the model keeps one. `null` (not filled) prints as `blank`: empty in HTML, where the
 * grid keeps its place, and `—` in text renderings, which lose the place of empty cells.
 */
export function formatValue(value: Cell, blank: string, unit?: string | null): string {
  if (value === null) return blank
  let text = Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)))
  if (/e/i.test(text)) text = value.toFixed(12).replace(/\.?0+$/, '')
  return unit ? `${text}${unit}` : text
}
