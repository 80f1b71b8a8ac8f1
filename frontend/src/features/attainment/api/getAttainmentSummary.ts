import { api, unwrap, type Query, type Schemas } from '@/lib/api/client'

export type ObjectiveSummary = Schemas['ObjectiveSummary']

export function getAttainmentSummary(q: Query<'/api/v1/attainment/summary'>) {
  return unwrap<ObjectiveSummary[]>(api().GET('/api/v1/attainment/summary', { params: { query: q } }))
}
