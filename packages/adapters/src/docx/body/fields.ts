/**
 * Complex fields (`w:fldChar` begin … separate … end, nestable): the code part (`w:instrText`
 * between begin and separate) is not text, the result part is. `codes` counts the open fields
 * still in their code part; text is hidden while it is above zero.
 */
export interface FieldState {
  stack: Array<'code' | 'result'>
  codes: number
}

export function newFieldState(): FieldState {
  return { stack: [], codes: 0 }
}

export function fieldChar(state: FieldState, type: string | undefined): void {
  const { stack } = state
  if (type === 'begin') {
    stack.push('code')
    state.codes++
  } else if (type === 'separate' && stack[stack.length - 1] === 'code') {
    stack[stack.length - 1] = 'result'
    state.codes--
  } else if (type === 'end' && stack.length > 0) {
    if (stack.pop() === 'code') state.codes--
  }
}
