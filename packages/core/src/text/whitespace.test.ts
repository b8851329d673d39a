import { expect, it } from 'vitest'
import { isWhitespace } from './whitespace.js'

it('is exactly the whitespace String.prototype.trim and \\s remove, for every code unit', () => {
  const wrong: number[] = []
  for (let code = 0; code <= 0xffff; code++) {
    const char = String.fromCharCode(code)
    if (isWhitespace(code) !== (char.trim() === '') || isWhitespace(code) !== /\s/.test(char)) wrong.push(code)
  }
  expect(wrong).toEqual([])
})
