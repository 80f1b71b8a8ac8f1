import { describe, expect, it, vi } from 'vitest'

vi.mock('@/lib/auth', () => ({ accessToken: async () => 'token' }))

import { approveSubmission, reopenSubmission, returnSubmission } from './reviewMoves'
import { recordRequests } from '@/lib/api/recordRequests'

const id = '0b6f2c1e-5a3d-4d3a-9f00-6d2e8c1a7b42'
const sent = recordRequests({ id, version: 7 })

describe('every review move sends the version shown in If-Match', () => {
  it.each([
    ['approve', () => approveSubmission(id, 3)],
    ['return', () => returnSubmission(id, 3, 'Sửa chỉ tiêu 1.1')],
    ['reopen', () => reopenSubmission(id, 3, 'Sửa chỉ tiêu 1.1')],
  ])('%s', async (action, move) => {
    await move()
    expect(sent).toHaveLength(1)
    expect(sent[0].method).toBe('POST')
    expect(new URL(sent[0].url).pathname).toBe(`/api/v1/submissions/${id}/${action}`)
    expect(sent[0].headers.get('If-Match')).toBe('"3"')
  })

  it('return and reopen carry the reason', async () => {
    await returnSubmission(id, 4, 'Lý do')
    expect(sent[0].headers.get('If-Match')).toBe('"4"')
    expect(await sent[0].json()).toEqual({ reason: 'Lý do' })
  })
})
