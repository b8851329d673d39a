/**
 * A start tag's attributes as readers get them, read with `attribute` (`names.ts`) and valid only
 * during the `open` call that receives them: a record, as saxes builds one for every tag, or from
 * `readPlainMarkup` a view over the part's text that cuts a value out only when it is asked for.
 * Most attributes in a Word part (revision ids, fonts, sizes, borders) never are.
 */
export type Attributes = Readonly<Record<string, string>> | AttributeView

/** Attributes as offsets into a part's text: five numbers each (name start, name end, name hash, value start, value end). */
export class AttributeView {
  text = ''
  spans = new Int32Array(0)
  first = 0
  last = 0
  /** Whether some value holds entities to replace. */
  entities = false

  /** All the attributes, as saxes gives them. */
  record(): Record<string, string> {
    const record: Record<string, string> = Object.create(null)
    for (let a = this.first; a < this.last; a += 5) record[this.text.slice(this.spans[a], this.spans[a + 1])] = this.value(a)
    return record
  }

  get(name: string): string | undefined {
    const { text, spans } = this
    const length = name.length
    for (let a = this.first; a < this.last; a += 5) {
      const start = spans[a]!
      if (spans[a + 1]! - start !== length) continue
      let i = 0
      while (i < length && text.charCodeAt(start + i) === name.charCodeAt(i)) i++
      if (i === length) return this.value(a)
    }
    return undefined
  }

  private value(a: number): string {
    const value = this.text.slice(this.spans[a + 3], this.spans[a + 4])
    return this.entities && value.includes('&') ? decodeEntities(value) : value
  }
}

/** The predefined entities, the only ones saxes knows without a DTD (prototype-less: `&constructor;` is none). */
export const entities: Record<string, string> = Object.assign(Object.create(null), { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })

/** Replaces the predefined entities of text already checked to hold no others. */
export function decodeEntities(text: string): string {
  let out = ''
  let from = 0
  for (let amp = text.indexOf('&'); amp >= 0; amp = text.indexOf('&', from)) {
    const semi = text.indexOf(';', amp)
    out += text.slice(from, amp) + entities[text.slice(amp + 1, semi)]!
    from = semi + 1
  }
  return out + text.slice(from)
}
