import { api, unwrap, type Schemas } from '@/lib/api/client'

/** Every submission the caller may see, all pages. */
export async function listAllSubmissions(): Promise<Schemas['SubmissionSummary'][]> {
  const out: Schemas['SubmissionSummary'][] = []
  for (let page = 0; ; page++) {
    const res = await unwrap<Schemas['SubmissionPage']>(api().GET('/api/v1/submissions', { params: { query: { page, size: 200 } } }))
    out.push(...(res.items ?? []))
    if (out.length >= (res.total ?? 0) || !res.items?.length) return out
  }
}
