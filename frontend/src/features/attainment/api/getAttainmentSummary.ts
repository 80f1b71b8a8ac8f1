import { api, unwrap, type Schemas } from '@/lib/api/client'

export type ObjectiveSummary = Schemas['ObjectiveSummary']

export function getAttainmentSummary(q: { period: string; orgUnit?: string; basis?: 'approved' | 'submitted' }) {
  return unwrap<ObjectiveSummary[]>(api().GET('/api/v1/attainment/summary', { params: { query: q } as never }))
}
