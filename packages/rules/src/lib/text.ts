import type { Report, SourceDocument, SourceLocation } from '@zfxxgk/core'

export type TextKey = 'overview' | 'problemsImprovements' | 'otherMatters'
export const textKeys: readonly TextKey[] = ['overview', 'problemsImprovements', 'otherMatters']

/** A sentence of a text section that a narrative rule quotes. */
export interface Quote {
  key: TextKey
  sentence: string
  match: RegExpExecArray
}

const sentenceEnd = /[^。！？；;\n]+[。！？；;]?/g

// Several rules read the same few texts of a report: split each text once (a small cache).
const split = new Map<string, string[]>()

/** The sentences of a text, trimmed, in order. */
export function sentences(text: string): string[] {
  let found = split.get(text)
  if (found) return found
  found = (text.match(sentenceEnd) ?? []).map((s) => s.trim()).filter((s) => s.length > 0)
  if (split.size >= 32) split.delete(split.keys().next().value!)
  split.set(text, found)
  return found
}

/**
 * The sentences of the given sections that match `pattern`: the first match of each sentence, or
 * every match when the pattern is global. `hints`: words of which every match contains one.
 */
export function findQuotes(report: Report, pattern: RegExp, keys: readonly TextKey[] = textKeys, hints?: readonly string[]): Quote[] {
  const quotes: Quote[] = []
  for (const key of keys) {
    const text = report[key]
    if (!text) continue
    // A word every match contains: a plain search is much cheaper than the pattern.
    if (hints && !containsAny(text, hints)) continue
    // One pass over the whole text first: most patterns match nowhere.
    pattern.lastIndex = 0
    if (!pattern.test(text)) continue
    for (const sentence of sentences(text)) {
      // Only the sentences that hold a hint can hold a match.
      if (hints && !containsAny(sentence, hints)) continue
      pattern.lastIndex = 0
      let match: RegExpExecArray | null
      while ((match = pattern.exec(sentence))) {
        quotes.push({ key, sentence, match })
        if (!pattern.global) break
        if (match[0].length === 0) pattern.lastIndex++
      }
    }
  }
  return quotes
}

function containsAny(text: string, words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) if (text.includes(words[i]!)) return true
  return false
}

/** Shortens a quoted sentence for a message. */
export function shorten(sentence: string, max = 80): string {
  return sentence.length <= max ? sentence : `${sentence.slice(0, max - 1)}…`
}

/** The location of the paragraph that holds a quoted sentence, when the document is known. */
export function locate(document: SourceDocument | undefined, sentence: string): SourceLocation | undefined {
  if (!document) return undefined
  const probe = sentence.replace(/…$/, '').slice(0, 24)
  // A short quote (“无”) is only trusted as a whole paragraph; a longer one by its opening.
  const matches = probe.length < 8 ? (text: string) => text.trim() === probe : (text: string) => text.includes(probe)
  for (const block of document.blocks) {
    if (block.kind === 'paragraph' && matches(block.text)) return block.location
  }
  return undefined
}

/** Removes whitespace (the text renderings pad and letter-space) and normalises full-width digits. */
export function compact(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u3000\u00a0\u200b]+/g, '')
}
