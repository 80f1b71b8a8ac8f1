import { api, unwrap, type Query, type Schemas } from '@/lib/api/client'

export type AttainmentRow = Schemas['AttainmentRow']

export function getAttainment(q: Query<'/api/v1/attainment'>) {
  return unwrap<AttainmentRow[]>(api().GET('/api/v1/attainment', { params: { query: q } }))
}
