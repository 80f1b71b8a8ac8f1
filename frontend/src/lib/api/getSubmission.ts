import { api, unwrap, type Schemas } from '@/lib/api/client'

export type Submission = Schemas['Submission']

/** One submission with its values (GET /submissions/{id}): the entry form and the review screen read it. */
export function getSubmission(id: string) {
  return unwrap<Submission>(api().GET('/api/v1/submissions/{id}', { params: { path: { id } } }))
}
