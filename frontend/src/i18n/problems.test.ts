// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import vi from './vi'

// The API's stable problem codes, read from its source so that a new code fails this test
// until it has a Vietnamese message.
const source = readFileSync(
  new URL('../../../api/src/main/java/vn/cantho/gep/common/error/ErrorCode.java', import.meta.url),
  'utf8',
)
const codes = [...source.matchAll(/^\s{2}([A-Z_]+)\(\d{3},/gm)].map((m) => m[1])

describe('problem messages', () => {
  it('reads the codes', () => {
    expect(codes).toContain('VERSION_CONFLICT')
    expect(codes.length).toBeGreaterThan(20)
  })
  it('has a Vietnamese message for every code the API answers with', () => {
    const missing = codes.filter((c) => !(c in vi.problem))
    expect(missing).toEqual([])
  })
})
