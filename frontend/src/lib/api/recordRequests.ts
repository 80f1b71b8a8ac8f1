import { afterEach, beforeEach, vi } from 'vitest'

/**
 * For tests of API calls: replaces fetch, around each test, with one that keeps every request it
 * is given and answers 200 with `answer` as JSON. Returns the list the requests go to.
 */
export function recordRequests(answer: unknown): Request[] {
  const sent: Request[] = []
  beforeEach(() => {
    sent.length = 0
    vi.stubGlobal('fetch', async (input: Request) => {
      sent.push(input)
      return new Response(JSON.stringify(answer), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      })
    })
  })
  afterEach(() => vi.unstubAllGlobals())
  return sent
}
