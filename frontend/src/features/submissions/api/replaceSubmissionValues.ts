import { api, ifMatch, unwrap, type Schemas } from '@/lib/api/client'

/** Replaces all values; If-Match carries the version being replaced (409 VERSION_CONFLICT if stale). */
export function replaceSubmissionValues(id: string, version: number, values: Schemas['ValueInput'][]) {
  return unwrap<Schemas['Submission']>(
    api().PUT('/api/v1/submissions/{id}', {
      params: { path: { id }, header: ifMatch(version) },
      body: { values },
    }),
  )
}
