import { api, ifMatch, unwrap, type Schemas } from '@/lib/api/client'

/** Submits the version shown: 409 VERSION_CONFLICT if stale, 422 SUBMISSION_INCOMPLETE with `missing` unless allowMissing. */
export function submitSubmission(id: string, version: number, allowMissing = false) {
  return unwrap<Schemas['Submission']>(
    api().POST('/api/v1/submissions/{id}/submit', {
      params: { path: { id }, header: ifMatch(version) },
      body: { allowMissing },
    }),
  )
}
