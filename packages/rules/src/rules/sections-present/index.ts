import { defineRule, sections, type SectionKey } from '@zfxxgk/core'
import { both, docsUrl } from '../../lib/docs.js'
import { findings, sectionOf } from '../../lib/parse-findings.js'

const headingOf = (key: SectionKey) => sections.find((s) => s.key === key)!.heading

/**
 * S1: the six sections 一…六 are present, in order, each once. Presence comes from the parser
 * (`parse/section-missing`); order and repeats from the headings it found (`facts.headings`).
 */
export const sectionsPresent = defineRule({
  meta: {
    id: 'sections-present',
    spec: 'S1',
    type: 'problem',
    level: 'official',
    defaultSeverity: 'error',
    editions: both,
    docs: {
      description: { zh: '六个部分齐全、顺序正确、各出现一次', en: 'The six sections are present, in order, once each' },
      url: docsUrl('sections-present'),
    },
    messages: {
      missing: { zh: '缺少第{{ordinal}}部分“{{heading}}”', en: 'Missing section `{{heading}}`' },
      outOfOrder: { zh: '“{{heading}}”出现在“{{previous}}”之后，顺序不对', en: 'Unexpected section `{{heading}}` after `{{previous}}`, expected the order 一 to 六' },
      repeated: { zh: '“{{heading}}”作为标题出现了不止一次', en: 'Unexpected repeated heading `{{heading}}`, expected each section once' },
    },
  },
  check(report, context) {
    const { parseDiagnostics, facts } = context
    if (!parseDiagnostics && !facts?.headings) {
      context.unassessable(sections.map((s) => s.key))
      return
    }
    const missing = new Set<SectionKey>()
    for (const finding of findings(parseDiagnostics, 'parse/section-missing')) {
      const key = sectionOf(finding)
      if (key) missing.add(key)
    }
    // D-H1: reports that open straight into the overview, with no 一 heading, still have section 一;
    // the parser reads the text before the first heading as its content.
    if (report.overview) missing.delete('overview')
    for (const section of sections) {
      if (missing.has(section.key)) context.report({ messageId: 'missing', keys: [section.key], data: { ordinal: section.ordinal, heading: section.heading }, expected: section.heading })
    }
    checkOrder(context, facts?.headings ?? [])
  },
})

function checkOrder(context: Parameters<typeof sectionsPresent.check>[1], headings: ReadonlyArray<{ key: SectionKey; text: string; location?: import('@zfxxgk/core').SourceLocation }>): void {
  const order = sections.map((s) => s.key)
  const seen = new Set<SectionKey>()
  let previous: (typeof headings)[number] | undefined
  for (const heading of headings) {
    // D-H2: a heading repeated on the next line (a duplicated title block) is one heading.
    if (previous && previous.key === heading.key && previous.text === heading.text) continue
    if (seen.has(heading.key)) {
      context.report({ messageId: 'repeated', keys: [heading.key], data: { heading: headingOf(heading.key) }, location: heading.location })
    } else if (previous && order.indexOf(heading.key) < order.indexOf(previous.key)) {
      context.report({ messageId: 'outOfOrder', keys: [heading.key], data: { heading: headingOf(heading.key), previous: headingOf(previous.key) }, location: heading.location })
    }
    seen.add(heading.key)
    previous = heading
  }
}
