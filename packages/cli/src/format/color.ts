const codes = {
  bold: [1, 22],
  dim: [2, 22],
  underline: [4, 24],
  red: [31, 39],
  yellow: [33, 39],
  blue: [34, 39],
  green: [32, 39],
} as const

export type Style = keyof typeof codes

/** Wraps text in ANSI styles when `enabled`; plain text otherwise (files, pipes, `NO_COLOR`). */
export function paint(text: string, styles: readonly Style[], enabled: boolean): string {
  if (!enabled || text === '') return text
  return styles.reduce((out, style) => `\u001B[${codes[style][0]}m${out}\u001B[${codes[style][1]}m`, text)
}
