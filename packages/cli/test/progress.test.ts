import { describe, expect, it } from 'vitest'
import { createProgress, fitEnd } from '../src/cli/progress.js'
import { memoryStream } from './helpers.js'

describe('progress', () => {
  it('writes nothing when disabled', () => {
    const stream = memoryStream()
    const progress = createProgress(3, stream, false)
    progress.update(1, 'a.txt')
    progress.clear()
    expect(stream.text()).toBe('')
  })

  it('rewrites one line on a terminal and clears it', () => {
    const stream = memoryStream()
    stream.isTTY = true
    const progress = createProgress(20, stream, true)
    progress.update(1, 'a.txt')
    progress.update(2, 'b.txt') // within 100 ms: skipped
    progress.update(20, 'z.txt') // the last one is always shown
    progress.clear()
    expect(stream.text()).toBe('\r\u001B[K[ 1/20]   5% a.txt\r\u001B[K[20/20] 100% z.txt\r\u001B[K')
  })

  it('writes plain lines when forced on a non-terminal', () => {
    const stream = memoryStream()
    const progress = createProgress(2, stream, true)
    progress.update(1, 'a.txt')
    progress.update(2, 'b.txt')
    progress.clear()
    expect(stream.text()).toBe('[1/2]  50% a.txt\n[2/2] 100% b.txt\n')
  })
})

describe('fitEnd', () => {
  it('keeps the end of a long path within the width, counting Chinese as two columns', () => {
    expect(fitEnd('reports/a.txt', 20)).toBe('reports/a.txt')
    expect(fitEnd('reports/2024/白杨镇报告.txt', 16)).toBe('…/白杨镇报告.txt')
    expect(fitEnd('abcdef', 4)).toBe('…def')
  })
})
