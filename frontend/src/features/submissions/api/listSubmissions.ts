import { api, unwrap, type Schemas } from '@/lib/api/client'

export function listSubmissions(q: { orgUnit?: string; period?: string }) {
  return unwrap<Schemas['SubmissionPage']>(api().GET('/api/v1/submissions', { params: { query: q } }))
}
