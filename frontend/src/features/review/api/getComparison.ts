import { api, unwrap, type Schemas } from '@/lib/api/client'

export type Comparison = Schemas['SubmissionComparison']
export type ComparisonRow = Schemas['ValueComparison']

/** Each value beside the org unit's previous report, large changes flagged (GET .../comparison). */
export function getComparison(id: string) {
  return unwrap<Comparison>(api().GET('/api/v1/submissions/{id}/comparison', { params: { path: { id } } }))
}
