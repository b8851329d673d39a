import { describe, expect, it } from 'vitest'
import { applicationRows, applicationsHeaderNote, disclosureRows2019, disclosureRows2021, reviewColumns, reviewGroups, sections } from '../index.js'
import { toSimplified } from './traditional.js'

describe('toSimplified', () => {
  it('maps the traditional spelling of every heading and label back', () => {
    // As printed on traditional-character mirror pages.
    const mirror: Array<[string, string]> = [
      ['政府信息公開工作年度報告', '政府信息公开工作年度报告'],
      ['二、主動公開政府信息情況', '二、主动公开政府信息情况'],
      ['三、收到和處理政府信息公開申請情況', '三、收到和处理政府信息公开申请情况'],
      ['四、政府信息公開行政復議、行政訴訟情況', '四、政府信息公开行政复议、行政诉讼情况'],
      ['五、存在的主要問題及改進情況', '五、存在的主要问题及改进情况'],
      ['六、其他需要報告的事項', '六、其他需要报告的事项'],
      ['第二十條第（一）項', '第二十条第（一）项'],
      ['本年收費金額（單位：萬元）', '本年收费金额（单位：万元）'],
      ['二、上年結轉政府信息公開申請數量', '二、上年结转政府信息公开申请数量'],
      ['3.危及“三安全一穩定”', '3.危及“三安全一稳定”'],
      ['1.申請人無正當理由逾期不補正、行政機關不再處理其政府信息公開申請', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
      ['2.申請人逾期未按收費通知要求繳納費用、行政機關不再處理其政府信息公開申請', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
      ['5.要求行政機關確認或重新出具已獲取信息', '5.要求行政机关确认或重新出具已获取信息'],
      ['四、結轉下年度繼續辦理', '四、结转下年度继续办理'],
      ['（本列數據的勾稽關係為：第一項加第二項之和，等於第三項加第四項之和）', applicationsHeaderNote],
      ['法人或其他組織', '法人或其他组织'],
      ['復議後起訴', '复议后起诉'],
      ['結果糾正', '结果纠正'],
      ['尚未審結', '尚未审结'],
      ['未經復議直接起訴', '未经复议直接起诉'],
      ['本年新製作數量', '本年新制作数量'],
      ['對外公開總數量', '对外公开总数量'],
      ['本年增/減', '本年增/减'],
      ['政府集中採購', '政府集中采购'],
      ['4.無正當理由大量反覆申請', '4.无正当理由大量反复申请'],
      ['覆蓋', '覆蓋'],
      ['索引號', '索引号'],
      ['發佈機構', '发布机构'],
      ['發布日期', '发布日期'],
    ]
    for (const [traditional, simplified] of mirror) expect(toSimplified(traditional)).toBe(simplified)
  })

  it('leaves every simplified label of the format unchanged', () => {
    const labels = [
      applicationsHeaderNote,
      ...sections.map((s) => s.heading),
      ...applicationRows.flatMap((r) => [r.label, ...r.parents]),
      ...[...disclosureRows2019, ...disclosureRows2021].flatMap((r) => [r.label, r.caption, ...r.columns.map((c) => c.label)]),
      ...reviewColumns.map((c) => c.label),
      ...reviewGroups.map((g) => g.label),
    ]
    for (const label of labels) expect(toSimplified(label)).toBe(label)
  })
})
