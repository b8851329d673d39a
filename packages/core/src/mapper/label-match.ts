/** What a label cell was recognised as. `family` is the table it belongs to. */
export type Family = 'disclosure' | 'applications' | 'review'

export type ApplicationsGroup = 'results' | 'withheld' | 'unableToProvide' | 'notProcessed' | 'otherHandling'

// Every match carries all five fields, so that the mapper's reads of them see one object shape.
export type LabelMatch =
  | { family: 'disclosure' | 'applications'; kind: 'row'; key: string; group: null; column: null }
  | { family: 'applications'; kind: 'group'; key: null; group: ApplicationsGroup; column: null }
  | { family: Family; kind: 'header'; key: null; group: null; column: string | null }

export function rowMatch(family: 'disclosure' | 'applications', key: string): LabelMatch {
  return { family, kind: 'row', key, group: null, column: null }
}

export function groupMatch(group: ApplicationsGroup): LabelMatch {
  return { family: 'applications', kind: 'group', key: null, group, column: null }
}

/** A header text of the family's table; `column` names the value column it heads, if it does. */
export function headerMatch(family: Family, column: string | null = null): LabelMatch {
  return { family, kind: 'header', key: null, group: null, column }
}

/** The state a label is read in: `其他`, `总计` and `3.其他` mean different things by context. */
export interface LabelContext {
  family: Family | null
  group: ApplicationsGroup | null
  /** A results row has been read, so a bare 总计 with values is （七）总计, not the header. */
  seenResults: boolean
}
