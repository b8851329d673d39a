import { expect, it } from 'vitest'
import { isWhitespace } from './whitespace.js'

it('matches exactly the code units \\s matches', () => {
  const differ: number[] = []
  for (let code = 0; code <= 0xffff; code++) if (isWhitespace(code) !== /\s/.test(String.fromCharCode(code))) differ.push(code)
  expect(differ).toEqual([])
})
