/** What a label cell was recognised as. `family` is the table it belongs to. */
export type Family = 'disclosure' | 'applications' | 'review'

export type ApplicationsGroup = 'results' | 'withheld' | 'unableToProvide' | 'notProcessed' | 'otherHandling'

export type LabelMatch =
  | { family: 'disclosure'; kind: 'row'; key: string }
  | { family: 'applications'; kind: 'row'; key: string }
  | { family: 'applications'; kind: 'group'; group: ApplicationsGroup }
  | { family: Family; kind: 'header'; column?: string }

/** The state a label is read in: `其他`, `总计` and `3.其他` mean different things by context. */
export interface LabelContext {
  family: Family | null
  group: ApplicationsGroup | null
  /** A results row has been read, so a bare 总计 with values is （七）总计, not the header. */
  seenResults: boolean
}
