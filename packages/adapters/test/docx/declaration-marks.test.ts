import { describe, expect, it } from 'vitest'
import { createDeclarationMarks } from '../../src/docx/xml/declaration-marks.js'

describe('namespace declaration marks', () => {
  it('finds each xmlns once, also when it is split between two chunks', () => {
    const marks = createDeclarationMarks()
    // "<a xmlns:w=…>" at 0; "<b>" at 20; "<c xm" + "lns:x=…>" straddles the seam.
    marks.scan('<a xmlns:w="u"><b/><c xm')
    marks.scan('lns:x="v"/><d/></a>')
    expect(marks.next()).toBe(3) // inside <a …>, which ends at 15
    marks.takeUpTo(15)
    expect(marks.next()).toBe(22) // inside <c …/>, across the seam: not before <b/> (19)
    marks.takeUpTo(33)
    expect(marks.next()).toBe(Infinity)
  })

  it('reports nothing for text without declarations', () => {
    const marks = createDeclarationMarks()
    marks.scan('<w:p><w:r><w:t>xmln</w:t></w:r></w:p>')
    expect(marks.next()).toBe(Infinity)
  })
})
