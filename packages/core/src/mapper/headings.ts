import { sections, type SectionKey } from '../model/layout-sections.js'
import { memoizeText } from '../text/memoize.js'
import { compactText } from '../text/normalize.js'

const ordinals = '一二三四五六'
// What a heading can start with (an ordinal, or the first character of a heading without one), before
// the cost of normalising: most paragraphs are ruled out here.
const mayStartHeading = /^[\s#*\u3000]*[一二三四五六总總主收政存其]/

// Accepted wordings after the ordinal (spec §1, D-H4 … D-H7), on compact text.
const wordings: Record<SectionKey, (rest: string) => boolean> = {
  overview: (r) => /^(总体情况|总体概况|基本情况|概述|总体概述)$/.test(r),
  activeDisclosure: (r) => r.includes('主动公开') && r.length <= 24,
  applications: (r) => (r.includes('申请') && /收到|处理|办理|受理/.test(r)) || r === '依申请公开情况',
  reviewLitigation: (r) => r.includes('行政复议') || r.includes('行政诉讼'),
  problemsImprovements: (r) => r.includes('问题') && /改进|整改|措施/.test(r),
  otherMatters: (r) => /其[他它]需要报告|需要报告的/.test(r),
}

// The canonical headings as compact text, and without their ordinal (一、).
const canonical = sections.map((s) => compactText(s.heading))
const canonicalWording = canonical.map((heading) => heading.slice(2))

export interface HeadingMatch {
  key: SectionKey
  /** The text differs from the canonical heading (a known variant, S2). */
  variant: boolean
}

/**
 * Recognises a section heading: an ordinal 一…六 at the start, then a known wording of that
 * section, short, and not a sentence. Headings without their ordinal are accepted only when
 * the wording is exactly the canonical one.
 */
export function matchHeading(text: string): HeadingMatch | null {
  if (text.length > 80 || !mayStartHeading.test(text)) return null
  return readHeadingOnce(text)
}

// Every report has the same six headings, give or take a variant: each wording is read once.
const readHeadingOnce = memoizeText(readHeading, { limit: 5000 })

function readHeading(text: string): HeadingMatch | null {
  const compact = compactText(text).replace(/^#+/, '').replace(/[*_]/g, '')
  if (compact.length < 4 || compact.length > 40 || /[。；;]$/.test(compact) || /[，,]/.test(compact)) return null
  const withOrdinal = /^([一二三四五六])[、.．:：]?(.+)$/.exec(compact)
  if (withOrdinal) {
    const index = ordinals.indexOf(withOrdinal[1]!)
    const key = sections[index]!.key
    const rest = withOrdinal[2]!.replace(/[:：]$/, '')
    if (!wordings[key](rest)) return null
    return { key, variant: canonical[index] !== `${withOrdinal[1]}、${rest}` }
  }
  const exact = canonicalWording.indexOf(compact)
  return exact >= 0 ? { key: sections[exact]!.key, variant: true } : null
}
