import { api, unwrap, type Schemas } from '@/lib/api/client'

export type SubmissionSummary = Schemas['SubmissionSummary']
type Status = Schemas['SubmissionStatus']

/** Submissions in the given statuses (all pages of up to 200). */
export async function listQueue(statuses: Status[], period?: string): Promise<SubmissionSummary[]> {
  const out: SubmissionSummary[] = []
  for (let page = 0; ; page++) {
    const res = await unwrap<Schemas['SubmissionPage']>(
      api().GET('/api/v1/submissions', {
        params: { query: { status: statuses.join(',') as Status, period, page, size: 200 } },
      }),
    )
    out.push(...(res.items ?? []))
    if (out.length >= (res.total ?? 0) || !res.items?.length) return out
  }
}
