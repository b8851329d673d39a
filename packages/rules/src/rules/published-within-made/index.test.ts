import { describe, expect, it } from 'vitest'
import { filledReport, lintWith, outcome } from '../../../test/helpers.js'
import { publishedWithinMade } from './index.js'

describe('published-within-made (T2-7)', () => {
  it('passes when 本年新公开数量 ≤ 本年新制作数量', () => {
    const report = filledReport('2019', { 'activeDisclosure.regulations.newlyMade': 5, 'activeDisclosure.regulations.newlyPublished': 5 })
    expect(outcome(lintWith(publishedWithinMade, report))).toBe('passed')
  })

  it('fails, at info, when more were published than made', () => {
    const report = filledReport('2019', { 'activeDisclosure.regulations.newlyMade': 1, 'activeDisclosure.regulations.newlyPublished': 4 })
    const { diagnostics } = lintWith(publishedWithinMade, report, { lang: 'en' })
    expect(diagnostics).toMatchObject([{ severity: 'info', message: '规章: newly published 4 exceeds newly made 1' }])
  })
})
