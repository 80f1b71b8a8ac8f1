import { api, unwrap, type Schemas } from '@/lib/api/client'

export function getSubmissionHistory(id: string) {
  return unwrap<Schemas['HistoryEntry'][]>(api().GET('/api/v1/submissions/{id}/history', { params: { path: { id } } }))
}
