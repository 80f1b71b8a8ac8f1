import { api, unwrap, type Schemas } from '@/lib/api/client'

type S = Schemas['Submission']
export const approveSubmission = (id: string) =>
  unwrap<S>(api().POST('/api/v1/submissions/{id}/approve', { params: { path: { id } } }))
export const returnSubmission = (id: string, reason: string) =>
  unwrap<S>(api().POST('/api/v1/submissions/{id}/return', { params: { path: { id } }, body: { reason } }))
export const reopenSubmission = (id: string, reason: string) =>
  unwrap<S>(api().POST('/api/v1/submissions/{id}/reopen', { params: { path: { id } }, body: { reason } }))
