/** The six required sections, canonical headings identical in both editions (spec §1). */
export const sections = [
  { key: 'overview', ordinal: '一', heading: '一、总体情况' },
  { key: 'activeDisclosure', ordinal: '二', heading: '二、主动公开政府信息情况' },
  { key: 'applications', ordinal: '三', heading: '三、收到和处理政府信息公开申请情况' },
  { key: 'reviewLitigation', ordinal: '四', heading: '四、政府信息公开行政复议、行政诉讼情况' },
  { key: 'problemsImprovements', ordinal: '五', heading: '五、存在的主要问题及改进情况' },
  { key: 'otherMatters', ordinal: '六', heading: '六、其他需要报告的事项' },
] as const

export type SectionKey = (typeof sections)[number]['key']
