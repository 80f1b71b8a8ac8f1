import { api, unwrap, type Schemas } from '@/lib/api/client'

export type Submission = Schemas['Submission']

export function getSubmission(id: string) {
  return unwrap<Submission>(api().GET('/api/v1/submissions/{id}', { params: { path: { id } } }))
}
