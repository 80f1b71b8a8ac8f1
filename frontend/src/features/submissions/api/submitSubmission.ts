import { api, unwrap, type Schemas } from '@/lib/api/client'

/** 422 SUBMISSION_INCOMPLETE with `missing` unless allowMissing. */
export function submitSubmission(id: string, allowMissing = false) {
  return unwrap<Schemas['Submission']>(
    api().POST('/api/v1/submissions/{id}/submit', { params: { path: { id } }, body: { allowMissing } }),
  )
}
