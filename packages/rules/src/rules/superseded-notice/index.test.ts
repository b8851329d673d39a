import { describe, expect, it } from 'vitest'
import { filledReport, lintWith, outcome } from '../../../test/helpers.js'
import { supersededNotice } from './index.js'

describe('superseded-notice (S14)', () => {
  it('passes a report citing 30号', () => {
    expect(outcome(lintWith(supersededNotice, filledReport('2021', { overview: '根据国办公开办函〔2021〕30号要求编制本报告。' })))).toBe('passed')
  })

  it('reports, at info, a 2021-edition report citing 60号', () => {
    const { diagnostics } = lintWith(supersededNotice, filledReport('2021', { overview: '按照国办公开办函[2019]60号的要求，编制本报告。' }))
    expect(diagnostics).toMatchObject([
      { severity: 'info', keys: ['overview'], message: '报告引用了已被〔2021〕30号替代的国办公开办函〔2019〕60号（“按照国办公开办函[2019]60号的要求，编制本报告。”）' },
    ])
  })

  it('is skipped for 2019-edition reports, which rightly cite 60号', () => {
    expect(outcome(lintWith(supersededNotice, filledReport('2019', { overview: '按照国办公开办函〔2019〕60号要求。' })))).toBe('skipped')
  })
})
