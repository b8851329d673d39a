import { memoizeText } from './memoize.js'
import { toSimplified } from './traditional.js'

// Spaces of every width, NBSP, zero-width characters and the BOM: padding in real reports.
const spaces = /[\s\u00a0\u1680\u180e\u2000-\u200f\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]+/g
const quotes = /["'“”‘’「」『』〝〞″]/g

/**
 * Normalises a label for matching (spec §4.2): NFKC, traditional → simplified, no whitespace,
 * no quotes, ASCII brackets, and 、 ． as `.`. Both the document's labels and the template's
 * labels go through this, so only their letters are compared.
 */
export const normalizeLabel: (text: string) => string = memoizeText((text) => normalizeUncached(text), { maxLength: 200 })

function normalizeUncached(text: string): string {
  return toSimplified(text.normalize('NFKC'))
    .replace(spaces, '')
    .replace(quotes, '')
    .replace(/[〔【［]/g, '(')
    .replace(/[〕】］]/g, ')')
    .replace(/[、．。,]/g, '.')
}

/** Removes bracketed notes, e.g. the long explanations 湖北 appended to labels (D-T10). */
export function stripBracketed(label: string): string {
  return label.replace(/\([^()]*\)/g, '')
}

/** NFKC and traditional → simplified, whitespace folded to single spaces and trimmed. */
export function normalizeText(text: string): string {
  return toSimplified(text.normalize('NFKC')).replace(spaces, ' ').trim()
}

/** NFKC and traditional → simplified with all whitespace removed: for keyword searches. */
export const compactText: (text: string) => string = memoizeText((text) => compactUncached(text), { maxLength: 120 })

function compactUncached(text: string): string {
  return toSimplified(text.normalize('NFKC')).replace(spaces, '')
}
