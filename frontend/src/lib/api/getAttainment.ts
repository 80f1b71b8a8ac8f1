import { api, unwrap, type Schemas } from '@/lib/api/client'

export type AttainmentRow = Schemas['AttainmentRow']

export function getAttainment(q: {
  period: string
  orgUnit?: string
  indicator?: string
  basis?: 'approved' | 'submitted'
}) {
  return unwrap<AttainmentRow[]>(api().GET('/api/v1/attainment', { params: { query: q } }))
}
