import { api, unwrap, type Query, type Schemas } from '@/lib/api/client'

/** The filters, each a list (sent comma-separated, as the API also accepts). */
export type StatusFilter = Query<'/api/v1/reporting-status'>

/** The org unit x period matrix of reporting statuses (GET /api/v1/reporting-status). */
export function getReportingStatus(filter: StatusFilter = {}): Promise<Schemas['StatusMatrix']> {
  const query = {
    period: filter.period?.length ? filter.period.join(',') : undefined,
    orgUnitType: filter.orgUnitType?.length ? filter.orgUnitType.join(',') : undefined,
    status: filter.status?.length ? filter.status.join(',') : undefined,
  }
  return unwrap<Schemas['StatusMatrix']>(api().GET('/api/v1/reporting-status', { params: { query: query as never } }))
}
