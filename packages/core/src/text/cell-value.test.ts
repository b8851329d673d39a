import { describe, expect, it } from 'vitest'
import { parseCellValue } from './cell-value.js'

describe('parseCellValue (spec §2.5)', () => {
  it.each([
    ['0', { value: 0 }],
    ['　　5', { value: 5 }],
    [' 52 ', { value: 52 }],
    ['１２', { value: 12 }],
    ['2,624', { value: 2624 }],
    ['0.092', { value: 0.092 }],
    ['190.457379', { value: 190.457379 }],
    ['+4', { value: 4 }],
    ['-8', { value: -8 }],
    ['251000元', { value: 251000, unit: '元' }],
    ['12.5万元', { value: 12.5, unit: '万元' }],
    ['3件', { value: 3, unit: '件' }],
    ['22（其中修订16件）', { value: 22, note: '其中修订16件' }],
  ])('reads %j', (raw, expected) => {
    expect(parseCellValue(raw)).toEqual(expected)
  })

  it.each([
    ['', 'blank'],
    ['\u00a0', 'blank'],
    ['&nbsp;', 'blank'],
    ['\u3000 ', 'blank'],
    ['-', 'notApplicable'],
    ['—', 'notApplicable'],
    ['/', 'notApplicable'],
    ['无', 'notApplicable'],
    ['—/—', 'notApplicable'],
    ['不适用', 'notApplicable'],
    ['XX', 'placeholder'],
    ['××', 'placeholder'],
    ['规章', 'unreadable'],
    ['五', 'unreadable'],
    ['1.2.3', 'unreadable'],
  ])('%j is null with status %s', (raw, status) => {
    expect(parseCellValue(raw)).toEqual({ value: null, status })
  })
})
