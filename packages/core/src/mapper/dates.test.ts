import { describe, expect, it } from 'vitest'
import { findDate } from './dates.js'

describe('findDate', () => {
  it('reads Arabic and Chinese numeral dates', () => {
    expect(findDate('2022年1月10日')?.iso).toBe('2022-01-10')
    expect(findDate('棉洋镇人民政府 2022 年 1 月 10 日')?.iso).toBe('2022-01-10')
    expect(findDate('二〇二二年一月十日')?.iso).toBe('2022-01-10')
    expect(findDate('二〇二一年十二月三十一日')?.iso).toBe('2021-12-31')
    expect(findDate('二〇二二年二月二十日')?.iso).toBe('2022-02-20')
  })
  it('rejects what is not a real date', () => {
    expect(findDate('2022年2月30日')).toBeNull()
    expect(findDate('2022年13月1日')).toBeNull()
    expect(findDate('2022年')).toBeNull()
  })
})
