import type { Report } from '@zfxxgk/core'

/** Whether the body may make 规章 (立法法 Art. 91/93): only State Council departments and 省/设区的市/自治州 governments. */
export type RuleMakingPower = 'none' | 'has' | 'unknown'

/** What the body is, from its type (我镇 → 乡镇) or its name; `unknown` rather than a guess. */
export function ruleMakingPower(meta: Report['meta']): { power: RuleMakingPower; why: string } {
  const type = meta.agencyType ?? ''
  // A government's general office (办公厅/办公室) reports its government's 规章.
  const name = (meta.agencyName ?? '').replace(/\s+/g, '').replace(/(政府)办公(?:厅|室)$/, '$1')
  if (/乡镇|街道|^镇$|^乡$/.test(type)) return { power: 'none', why: type }
  if (/(镇|乡)(人民政府)?$|街道(办事处)?$|街道办$/.test(name)) return { power: 'none', why: name }
  if (/县级/.test(type)) return { power: 'none', why: type }
  if (/省级|市级|自治州/.test(type) && !/(县|旗)$/.test(name)) return { power: 'has', why: type }
  if (/(政府|人民政府)$/.test(name)) {
    // 县/旗 governments and 市辖区 governments lack the power; 省/市/自治州 governments have it.
    if (/(县|旗)(人民)?政府$|区(人民)?政府$/.test(name)) return { power: 'none', why: name }
    return { power: 'has', why: name }
  }
  if (/(局|委员会|委|厅|办公室|办|中心|站|所|院|队)$/.test(name)) {
    // A department with a local prefix (省/市/县/区/州 …) is a local department: no 规章.
    if (/[省市县区州旗盟]/.test(name)) return { power: 'none', why: name }
    return { power: 'unknown', why: name }
  }
  return { power: 'unknown', why: name || type }
}
