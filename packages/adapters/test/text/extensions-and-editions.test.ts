import { readFileSync } from 'node:fs'
import { parseReport } from '@zfxxgk/core'
import { describe, expect, it } from 'vitest'
import { tabText } from '../../src/index.js'

const seed000 = readFileSync(new URL('../fixtures/seeds/000_d8fd9a1c9776479a.txt', import.meta.url), 'utf8')
const adapters = [tabText]

describe('rows the format does not know', () => {
  // 湖北 2020 added 其他主动公开文件 to table 二 (D-T10); some templates add subtotal rows to table 三 (T3-8).
  const extended = seed000
    .replace('行政规范性文件\t0\t0\t0\n', '行政规范性文件\t0\t0\t0\n其他主动公开文件\t186\t86\t255\n')
    .replace('\t(四) 无法提供\t1.本机关不掌握', '\t(三) 不予公开小计\t\t3\t0\t0\t0\t0\t0\t3\n\t(四) 无法提供\t1.本机关不掌握')

  it('are kept under extensions, reported, and never added to the official cells', async () => {
    const { report, diagnostics } = await parseReport(extended, { adapters })
    expect(report!.extensions).toEqual([
      { section: 'activeDisclosure', label: '其他主动公开文件', values: [186, 86, 255], raw: ['186', '86', '255'] },
      { section: 'applications', label: '(三) 不予公开小计', values: [3, 0, 0, 0, 0, 0, 3], raw: ['3', '0', '0', '0', '0', '0', '3'] },
    ])
    const found = diagnostics.filter((d) => d.ruleId === 'parse/extension-row')
    expect(found.map((d) => d.message)).toEqual([
      '表二有格式之外的行“其他主动公开文件”，已保留在 extensions 中，不计入总计',
      '表三有格式之外的行“(三) 不予公开小计”，已保留在 extensions 中，不计入总计',
    ])
    expect(found.map((d) => d.location?.start?.line)).toEqual([41, expect.any(Number)])
    expect(report!.activeDisclosure).toEqual((await parseReport(seed000, { adapters })).report!.activeDisclosure)
    expect(report!.applications).toEqual((await parseReport(seed000, { adapters })).report!.applications)
  })
})

describe('edition', () => {
  it('a 2021 table 二 with 2019’s single （六） row is flagged as mixed and read as 2021 with the row as the total', async () => {
    const single = seed000.replace(
      /\t\(六\) 其他处理\t1\.申请人无正当理由[^\n]*\n[^\n]*\n[^\n]*3\.其他[^\n]*\n/,
      '\t(六) 其他处理\t\t2\t0\t0\t0\t0\t0\t2\n',
    )
    expect(single).not.toBe(seed000)
    const { report, diagnostics, sourceMap } = await parseReport(single, { adapters })
    expect(report!.edition).toBe('2021')
    expect(diagnostics.filter((d) => d.ruleId === 'parse/edition-mixed').map((d) => d.message)).toEqual(['版式混用：表二为 2021 版，表三为 2019 版'])
    expect(report!.applications.results.otherHandling.total).toEqual({
      naturalPerson: 2, commercialEnterprise: 0, researchInstitution: 0, publicWelfareOrg: 0, legalServiceOrg: 0, otherOrg: 0, total: 2,
    })
    expect(sourceMap['applications.results.otherHandling.unpaidFee.total']?.status).toBe('missing')
    expect(diagnostics.some((d) => d.ruleId === 'parse/row-missing')).toBe(false)
  })

  it('2021 derives （六）其他处理 total from its three items', async () => {
    const { report, sourceMap } = await parseReport(seed000, { adapters })
    if (report!.edition !== '2021') throw new Error('expected 2021')
    expect(report!.applications.results.otherHandling.total.total).toBe(0)
    expect(sourceMap['applications.results.otherHandling.total.total']).toEqual({ raw: '', status: 'derived' })
  })

  it('without any table label the report year decides, and it is said', async () => {
    const text = '测试镇2020年政府信息公开工作年度报告\n一、总体情况\n正文。\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1\n'
    const { report, diagnostics } = await parseReport(text, { adapters })
    expect(report!.edition).toBe('2019')
    expect(diagnostics.find((d) => d.ruleId === 'parse/edition-unknown')?.message).toBe('无法从表格标签判断版式，按 2019 版解析')
  })

  it('a pre-2019 附表 is refused', async () => {
    const text = '某局2017年政府信息公开工作年度报告\n一、概述\n正文\n指标名称\t计量单位\t统计数\n主动公开政府信息数\t条\t100\n当面申请数\t件\t3\n'
    const { report, diagnostics } = await parseReport(text, { adapters })
    expect(report).toBeNull()
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['parse/legacy-edition'])
  })
})
