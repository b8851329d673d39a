import { describe, expect, it } from 'vitest'
import { matchHeading } from './headings.js'

describe('matchHeading', () => {
  it.each([
    ['一、总体情况', 'overview', false],
    ['一、 总体情况', 'overview', false],
    ['一.总体情况', 'overview', false],
    ['## 二、主动公开政府信息情况', 'activeDisclosure', false],
    ['三、收到和处理政府信息公开申请情况', 'applications', false],
    ['四、因政府信息公开工作被申请行政复议、提起行政诉讼情况', 'reviewLitigation', true],
    ['四、行政复议和行政诉讼情况', 'reviewLitigation', true],
    ['五、政府信息公开工作存在的主要问题及改进情况', 'problemsImprovements', true],
    ['五、存在问题及改进情况', 'problemsImprovements', true],
    ['六、其它需要报告的事项', 'otherMatters', true],
    ['六、其他需要报告的情况', 'otherMatters', true],
    ['一、總體情況', 'overview', false],
    ['其他需要报告的事项', 'otherMatters', true],
  ])('%s → %s', (text, key, variant) => {
    expect(matchHeading(text)).toEqual({ key, variant })
  })

  it.each([
    '一、本年新收政府信息公开申请数量',
    '四、结转下年度继续办理',
    '（一）主动公开情况',
    '一是主动公开的意识还不够强。',
    '二、主动公开政府信息情况，全年共公开信息200条。',
    '政府信息公开工作年度报告',
  ])('%s is not a section heading', (text) => {
    expect(matchHeading(text)).toBeNull()
  })
})
