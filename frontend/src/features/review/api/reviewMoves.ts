import { api, ifMatch, unwrap, type Schemas } from '@/lib/api/client'

/** The coordinator's moves, each on the version shown (409 VERSION_CONFLICT if it has changed since). */
type S = Schemas['Submission']
export const approveSubmission = (id: string, version: number) =>
  unwrap<S>(api().POST('/api/v1/submissions/{id}/approve', { params: { path: { id }, header: ifMatch(version) } }))
export const returnSubmission = (id: string, version: number, reason: string) =>
  unwrap<S>(
    api().POST('/api/v1/submissions/{id}/return', {
      params: { path: { id }, header: ifMatch(version) },
      body: { reason },
    }),
  )
export const reopenSubmission = (id: string, version: number, reason: string) =>
  unwrap<S>(
    api().POST('/api/v1/submissions/{id}/reopen', {
      params: { path: { id }, header: ifMatch(version) },
      body: { reason },
    }),
  )
