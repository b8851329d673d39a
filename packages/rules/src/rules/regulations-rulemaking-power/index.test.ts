import { describe, expect, it } from 'vitest'
import { ruleMakingPower } from '../../lib/agency-level.js'
import { filledReport, lintWith, outcome } from '../../../test/helpers.js'
import { regulationsRulemakingPower } from './index.js'

const meta = (agencyName: string | null, agencyType: string | null = null) => ({ title: null, agencyName, agencyType, reportYear: 2019, publicationDate: null })

describe('regulations-rulemaking-power (T2-8)', () => {
  it('fails a township reporting 规章, naming the three cells', () => {
    const report = filledReport('2019', {
      meta: meta('北杨集镇', '乡镇'),
      'activeDisclosure.regulations.newlyMade': 5, 'activeDisclosure.regulations.newlyPublished': 5, 'activeDisclosure.regulations.totalPublished': 5,
    })
    const { diagnostics } = lintWith(regulationsRulemakingPower, report)
    expect(diagnostics).toMatchObject([
      {
        severity: 'warning', message: '“乡镇”无规章制定权，但表二规章一行为 5/5/5', expected: '0/0/0', actual: '5/5/5',
        keys: ['activeDisclosure.regulations.newlyMade', 'activeDisclosure.regulations.newlyPublished', 'activeDisclosure.regulations.totalPublished'],
      },
    ])
  })

  it('passes a township with no 规章, and a city government with some', () => {
    expect(outcome(lintWith(regulationsRulemakingPower, filledReport('2021', { meta: meta('棉洋镇人民政府') })))).toBe('passed')
    const city = filledReport('2021', { meta: meta('上海市人民政府'), 'activeDisclosure.regulations.issued': 12 })
    expect(outcome(lintWith(regulationsRulemakingPower, city))).toBe('passed')
  })

  it('is not assessable when the body is unknown', () => {
    expect(outcome(lintWith(regulationsRulemakingPower, filledReport('2021', { meta: meta(null) })))).toBe('notAssessable')
  })

  it('tells bodies with and without the power apart by name', () => {
    const power = (name: string, type: string | null = null) => ruleMakingPower(meta(name, type)).power
    expect(['巫溪县峰灵镇人民政府', '迎宾路街道办事处', '巫溪县人民政府', '武汉市洪山区人民政府', '武汉市生态环境局', '北岙街道'].map((n) => power(n))).toEqual(['none', 'none', 'none', 'none', 'none', 'none'])
    expect(['上海市人民政府', '湖北省人民政府', '恩施土家族苗族自治州人民政府'].map((n) => power(n))).toEqual(['has', 'has', 'has'])
    // A government's general office publishes its government's 规章 (Shanghai 2019: 13/13/524).
    expect([power('上海市人民政府办公厅', '部门'), power('巫溪县人民政府办公室')]).toEqual(['has', 'none'])
    expect(power('测试市', '市级政府')).toBe('has')
    expect(power('教育部')).toBe('unknown')
  })
})
