import { api, unwrap, type Schemas } from '@/lib/api/client'

/** Reports due within some days and overdue ones (GET /api/v1/reporting-status/due). */
export function getDueReports(withinDays: number): Promise<Schemas['DueList']> {
  return unwrap<Schemas['DueList']>(api().GET('/api/v1/reporting-status/due', { params: { query: { withinDays } } }))
}
