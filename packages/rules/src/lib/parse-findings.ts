import { sections, type Diagnostic, type SectionKey } from '@zfxxgk/core'

/** The section a parser finding is about: by a section key in `keys`, or by the heading it names. */
export function sectionOf(diagnostic: Diagnostic): SectionKey | undefined {
  for (const section of sections) {
    if (diagnostic.keys?.some((key) => key === section.key || key.startsWith(`${section.key}.`))) return section.key
  }
  const heading = String(diagnostic.data?.heading ?? '')
  if (!heading) return undefined
  const byText = sections.find((section) => heading.includes(section.heading.slice(2)) || section.heading.includes(heading))
  if (byText) return byText.key
  return sections.find((section) => heading.startsWith(section.ordinal))?.key
}

/** The parser's findings with the given rule id (`parse/section-missing` …). */
export function findings(all: readonly Diagnostic[] | undefined, ruleId: string): Diagnostic[] {
  return all ? all.filter((d) => d.ruleId === ruleId) : []
}
