import { describe, expect, it, vi } from 'vitest'

vi.mock('@/lib/auth', () => ({ accessToken: async () => 'token' }))

import { submitSubmission } from './submitSubmission'
import { recordRequests } from '@/lib/api/recordRequests'

const id = '0b6f2c1e-5a3d-4d3a-9f00-6d2e8c1a7b42'
const sent = recordRequests({ id, version: 7 })

describe('submit sends the version shown in If-Match', () => {
  it('with or without allowMissing', async () => {
    await submitSubmission(id, 3)
    await submitSubmission(id, 5, true)
    expect(new URL(sent[0].url).pathname).toBe(`/api/v1/submissions/${id}/submit`)
    expect(sent[0].headers.get('If-Match')).toBe('"3"')
    expect(await sent[0].json()).toEqual({ allowMissing: false })
    expect(sent[1].headers.get('If-Match')).toBe('"5"')
    expect(await sent[1].json()).toEqual({ allowMissing: true })
  })
})
