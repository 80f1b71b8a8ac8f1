import { api, unwrap, type Schemas } from '@/lib/api/client'

/** A submission's moves, oldest first (GET /submissions/{id}/history): the entry form and the review screen show it. */
export function getSubmissionHistory(id: string) {
  return unwrap<Schemas['HistoryEntry'][]>(api().GET('/api/v1/submissions/{id}/history', { params: { path: { id } } }))
}
