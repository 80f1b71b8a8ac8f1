import { api, ifMatch, unwrap, type Schemas } from '@/lib/api/client'
import type { ValueInput } from '../lib/validation'

/** Replaces all values; If-Match carries the version being replaced (409 VERSION_CONFLICT if stale). */
export function replaceSubmissionValues(id: string, version: number, values: ValueInput[]) {
  return unwrap<Schemas['Submission']>(
    api().PUT('/api/v1/submissions/{id}', {
      params: { path: { id }, header: ifMatch(version) },
      body: { values: values as Schemas['ValueInput'][] },
    }),
  )
}
