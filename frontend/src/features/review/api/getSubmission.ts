import { api, unwrap, type Schemas } from '@/lib/api/client'

export function getSubmission(id: string) {
  return unwrap<Schemas['Submission']>(api().GET('/api/v1/submissions/{id}', { params: { path: { id } } }))
}
export function getSubmissionHistory(id: string) {
  return unwrap<Schemas['HistoryEntry'][]>(api().GET('/api/v1/submissions/{id}/history', { params: { path: { id } } }))
}
