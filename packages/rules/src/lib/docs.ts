/** The documentation page of a rule: its README beside its source. */
export function docsUrl(id: string): string {
  return `https://github.com/zfxxgk/zfxxgk/blob/main/packages/rules/src/rules/${id}/README.md`
}

export const both = ['2019', '2021'] as const
export const only2021 = ['2021'] as const
export const only2019 = ['2019'] as const
