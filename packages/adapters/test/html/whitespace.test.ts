import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { collapseLines, collapseWhitespace } from '../../src/html/whitespace.js'

// The definition the one-pass reader must agree with: four regular expressions in a row.
const cjk = '\\u2e80-\\u303f\\u3040-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef'
const cjkBreak = new RegExp(`([${cjk}])[ \\t\\r\\f]*\\n[ \\t\\r\\n\\f]*(?=[${cjk}])`, 'g')
function byRegularExpressions(raw: string): string {
  return raw
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(cjkBreak, '$1')
    .replace(/[ \t\n\r\f\u00a0]+/g, ' ')
    .replace(/^[ \u3000]+|[ \u3000]+$/g, '')
}

const alphabet = [' ', '\t', '\n', '\r', '\f', '\u00a0', '\u3000', '\u200b', '\u00ad', '\ufeff', '\u2003', '中', '文', '，', 'Ａ', 'a', '1', '2', '.']
const messy = fc.array(fc.constantFrom(...alphabet), { maxLength: 24 }).map((chars) => chars.join(''))

describe('collapseWhitespace', () => {
  it('reads Word-padded cells as they render', () => {
    expect(collapseWhitespace('\n  258\n  ')).toBe('258')
    expect(collapseWhitespace('本年新收政府\n      信息公开申请数量')).toBe('本年新收政府信息公开申请数量')
    expect(collapseWhitespace('Section\n  two')).toBe('Section two')
    expect(collapseWhitespace('\u00a0')).toBe('')
    expect(collapseWhitespace('\u3000\u3000一、总体情况')).toBe('一、总体情况')
    expect(collapseWhitespace('自\u00a0然\u200b人')).toBe('自 然人')
  })

  it('agrees with the regular-expression definition on any mix of spaces, breaks and CJK', () => {
    fc.assert(fc.property(messy, (raw) => collapseWhitespace(raw) === byRegularExpressions(raw)), { numRuns: 5000 })
  })

  it('collapses each line of a multi-line cell and drops blank lines', () => {
    expect(collapseLines('其中：\u2028\u2028  \n \u2028 12 ')).toBe('其中：\n12')
  })
})
