import { describe, expect, it } from 'vitest'
import { createDeclarationMarks } from '../../src/docx/xml/declaration-marks.js'

describe('namespace declaration marks', () => {
  it('finds each xmlns once, also when it is split between two chunks', () => {
    const marks = createDeclarationMarks()
    // "<a xmlns:w=…>" at 0; "<b>" at 20; "<c xm" + "lns:x=…>" straddles the seam.
    marks.scan('<a xmlns:w="u"><b/><c xm')
    marks.scan('lns:x="v"/><d/></a>')
    expect(marks.passed(15)).toBe(true) // end of <a …>
    expect(marks.passed(19)).toBe(false) // <b/>: nothing new before it
    expect(marks.passed(33)).toBe(true) // end of <c …/>, across the seam
    expect(marks.passed(37)).toBe(false) // <d/>
  })

  it('reports nothing for text without declarations', () => {
    const marks = createDeclarationMarks()
    marks.scan('<w:p><w:r><w:t>xmln</w:t></w:r></w:p>')
    expect(marks.passed(1000)).toBe(false)
  })
})
