/** The two editions of the official format (spec §0): 国办公开办函〔2019〕60号 and 〔2021〕30号. */
export type Edition = '2019' | '2021'

export const editions: readonly Edition[] = ['2019', '2021']
