import { api, unwrap, type Schemas } from '@/lib/api/client'

export interface StatusFilter {
  period?: string[]
  orgUnitType?: string[]
  status?: string[]
}

/** The org unit x period matrix of reporting statuses (GET /api/v1/reporting-status). */
export function getReportingStatus(filter: StatusFilter = {}): Promise<Schemas['StatusMatrix']> {
  const query = {
    period: filter.period?.length ? filter.period.join(',') : undefined,
    orgUnitType: filter.orgUnitType?.length ? filter.orgUnitType.join(',') : undefined,
    status: filter.status?.length ? filter.status.join(',') : undefined,
  }
  return unwrap<Schemas['StatusMatrix']>(api().GET('/api/v1/reporting-status', { params: { query: query as never } }))
}
